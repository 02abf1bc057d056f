namespace SportsBot.Cli;

/// <summary>The command line asks for something that cannot be done as asked; exits with <see cref="ExitCodes.BadUsage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
