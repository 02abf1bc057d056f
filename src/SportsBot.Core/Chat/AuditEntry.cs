namespace SportsBot.Core.Chat;

/// <summary>Who changed the knowledge base or a channel's settings, what, and when.</summary>
/// <param name="Action">"kb add", "kb remove", "config set"…</param>
public sealed record AuditEntry(DateTimeOffset At, ChannelKey Channel, UserId UserId, string UserName, string Action, string Detail);
