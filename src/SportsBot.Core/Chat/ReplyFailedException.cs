namespace SportsBot.Core.Chat;

/// <summary>The platform refused or failed to deliver a reply; there is no point trying to send an error message after it.</summary>
public sealed class ReplyFailedException(Exception inner) : Exception($"Could not deliver a reply: {inner.Message}", inner);
