namespace SportsBot.Cli;

/// <summary>The streams a verb reads and writes, so tests can run verbs in-process with their own.</summary>
/// <param name="IsInteractive">True when a person is at a terminal: prompts and progress bars are worth drawing.</param>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CliConsole System => new(
        Console.In,
        Console.Out,
        Console.Error,
        !Console.IsInputRedirected && !Console.IsOutputRedirected);
}
