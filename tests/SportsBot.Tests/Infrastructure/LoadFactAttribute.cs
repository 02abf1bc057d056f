namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// A test too slow for every run (minutes of simulated load): it runs only when the environment variable
/// <c>SPORTSBOT_LOAD_TESTS=1</c> is set, e.g. <c>SPORTSBOT_LOAD_TESTS=1 dotnet test --filter Category=Load</c>.
/// </summary>
public sealed class LoadFactAttribute : FactAttribute
{
    public const string Variable = "SPORTSBOT_LOAD_TESTS";

    public LoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"A load run; set {Variable}=1 to run it.";
        }
    }
}
