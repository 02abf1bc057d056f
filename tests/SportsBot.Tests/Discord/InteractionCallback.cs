using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>An interaction callback the bot made: its type (5 deferral, 4 message, 6 acknowledgement, 8 choices, 9 form) and body.</summary>
public sealed record InteractionCallback(string Token, int Type, JsonObject Body)
{
    public bool Ephemeral => ((Body["data"]?["flags"]?.GetValue<int>() ?? 0) & 64) != 0;

    /// <summary>The autocomplete choices of a type 8 callback, as (name, value).</summary>
    public IReadOnlyList<(string Name, string Value)> Choices =>
        [.. (Body["data"]?["choices"] as JsonArray ?? []).Select(c => (c!["name"]!.GetValue<string>(), c["value"]!.GetValue<string>()))];
}
