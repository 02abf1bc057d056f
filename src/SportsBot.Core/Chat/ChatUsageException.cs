namespace SportsBot.Core.Chat;

/// <summary>A command that cannot be done as given. The message is shown to the user; nothing was changed.</summary>
public sealed class ChatUsageException(string message) : Exception(message);
