namespace SportsBot.Core.Chat;

/// <summary>Whether a request may go ahead; when not, whether to tell the user (once) and when to try again.</summary>
public sealed record RateLimitDecision(bool Admitted, string? Notice)
{
    public static RateLimitDecision Admit { get; } = new(true, null);

    public static RateLimitDecision Silent { get; } = new(false, null);
}
