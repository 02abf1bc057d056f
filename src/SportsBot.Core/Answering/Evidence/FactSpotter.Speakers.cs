using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"What did the Premier League say…": who speaks in a sentence.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// One of the question's words, written with a capital, is who speaks: it is among the few words right before the
    /// reporting verb ("The Premier League said…", not "Critics said the Premier League…"), or after "according to";
    /// "He said" speaks for whom the sentence before names.
    /// </summary>
    private static bool SpeaksHere(string sentence, FactContext context)
    {
        bool Asked(Match w) => char.IsUpper(w.Value[0]) && context.IsQuestionWord(w.Value);
        foreach (Match verb in Reporting().Matches(sentence))
        {
            if (verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase))
            {
                if (WordWithPosition().Matches(sentence[(verb.Index + verb.Length)..]).Take(SpeakerWords).Any(Asked))
                {
                    return true;
                }

                continue;
            }

            var clauseStart = sentence.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, verb.Index - 1)) + 1;
            var speaker = WordWithPosition().Matches(sentence[clauseStart..verb.Index]).TakeLast(SpeakerWords).ToList();
            if (speaker.Any(Asked) || (speaker is [var pronoun] && SpeakerPronoun().IsMatch(pronoun.Value)
                && WordWithPosition().Matches(sentence[..clauseStart]).Any(Asked)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a speaker's name and title before the reporting verb ("World Athletics President Sebastian Coe said").</summary>
    private const int SpeakerWords = 5;

    [GeneratedRegex(@"^(?:he|she|it|they)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerPronoun();
}
