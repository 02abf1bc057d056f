using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="FactContext"/> tells a deed done from one only asked of another.</summary>
public sealed partial record FactContext
{
    /// <summary>
    /// "Sarto said the company would ask the court to annul it": a deed someone only asks, urges or calls on another to
    /// do is not done, and not by them, so it tells nobody who did it ("Which judge annulled the decree?").
    /// </summary>
    private static bool AskedOfAnother(IReadOnlyList<string> words, int index) =>
        index >= 2 && words[index - 1].Equals("to", StringComparison.OrdinalIgnoreCase)
        && words.Skip(Math.Max(0, index - 1 - AskedOfAnotherReach)).Take(Math.Min(index - 1, AskedOfAnotherReach)).Any(w => AskingVerb().IsMatch(w));

    // "asked the Supreme Administrative Court to annul": the one asked is a name or a description of a few words.
    private const int AskedOfAnotherReach = 5;

    [GeneratedRegex(@"^(?:ask|asks|asked|asking|urge|urges|urged|urging|petition|petitions|petitioned|implore|implored|called|calls|calling)$", RegexOptions.IgnoreCase)]
    private static partial Regex AskingVerb();
}
