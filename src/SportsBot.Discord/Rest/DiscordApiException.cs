namespace SportsBot.Discord.Rest;

/// <summary>Discord refused a REST call (4xx other than a waited-out 429, or a 5xx after every retry).</summary>
/// <param name="Code">Discord's JSON error code (e.g. 50013 Missing Permissions), when the body had one.</param>
public sealed class DiscordApiException(string route, int status, int? code, string? detail)
    : Exception($"Discord answered {route} with {status}{(code is { } c ? $" (code {c})" : string.Empty)}: {detail ?? "no details"}")
{
    public int Status { get; } = status;

    public int? Code { get; } = code;
}
