namespace SportsBot.Cli;

/// <summary>The contract other tools rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;
}
