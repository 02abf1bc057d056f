using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Which medal a sentence is about, against the one a question asks for.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "Who won gold in the 89 kilograms?" is not answered by "Dazhi won bronze in the 89 kilograms", nor "How many
    /// silver medals…" by "three bronze medals": a sentence that names medals, none of them the colour asked for,
    /// tells who won, or how many were won, of another.
    /// </summary>
    public static bool NamesAnotherMedal(string sentence, FactContext context)
    {
        var asked = context.QuestionWords?.Select(w => MedalStem().Match(w)).FirstOrDefault(m => m.Success)?.Value;
        if (asked is null)
        {
            return false;
        }

        var named = MedalColour().Matches(sentence).Select(m => m.Value[..4].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return named.Count > 0 && !named.Contains(asked[..4]);
    }

    [GeneratedRegex(@"^(?:gold|silver|bronz)")]
    private static partial Regex MedalStem();

    [GeneratedRegex(@"\b(?:gold|silver|bronze)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MedalColour();
}
