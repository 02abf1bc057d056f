using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>What a message takes as given, as the yes/no question that checks it against the sources.</summary>
/// <param name="Question">"Is it true that CAS overturned the suspension?"</param>
/// <param name="Note">What the answer says before what the sources report of it: "On whether CAS overturned the suspension:".</param>
/// <param name="Rest">What the message asks once that is given: "is the ROC back?".</param>
/// <param name="Deed">The premise's verb ("overturned", "kissed"); null when it has only an auxiliary ("is").</param>
public sealed partial record TakenAsGiven(string Question, string Note, string Rest, string? Deed = null)
{
    /// <summary>
    /// The sentence states the premise's deed, in any form of its verb ("kissed her on the lips" for "Rubiales kissed
    /// Hermoso"): an answer quoting it has already told what the sources say of the premise.
    /// </summary>
    public bool StatedBy(string sentence) =>
        Deed is { } deed && Regex.IsMatch(sentence, $@"\b{Regex.Escape(RegularStem().Replace(deed, string.Empty))}\p{{L}}*\b", RegexOptions.IgnoreCase);

    /// <summary>"kissed" → "kiss", "overturned" → "overturn", "lifted" → "lift"; irregular forms ("won") stay whole.</summary>
    [GeneratedRegex(@"(?<=\p{L}{3})(?:ed|d)$", RegexOptions.IgnoreCase)]
    private static partial Regex RegularStem();
}
