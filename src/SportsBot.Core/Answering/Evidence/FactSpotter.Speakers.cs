using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"What did the Premier League say…": who speaks in a sentence.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// Whom the question asks to speak speaks: it is among the few words right before the
    /// reporting verb ("The Premier League said…", not "Critics said the Premier League…"), or after "according to";
    /// "He said" speaks for whom the sentence before names.
    /// </summary>
    public static bool SpeaksHere(string sentence, FactContext context)
    {
        foreach (Match verb in Reporting().Matches(sentence))
        {
            if (verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase))
            {
                if (context.NamesSpeaker(Joined(WordWithPosition().Matches(sentence[(verb.Index + verb.Length)..]).Take(SpeakerWords))))
                {
                    return true;
                }

                continue;
            }

            var clauseStart = ClauseStart(sentence, verb);
            var speaker = WordWithPosition().Matches(sentence[clauseStart..verb.Index]).TakeLast(SpeakerWords).ToList();
            var before = sentence[..clauseStart];
            if ((context.NamesSpeaker(Joined(speaker)) && (!DescribesTheNamed(speaker, context) || context.NamesSpeaker(before, wholeName: true)))
                || (speaker is [var pronoun] && SpeakerPronoun().IsMatch(pronoun.Value) && context.NamesSpeaker(before, wholeName: true))
                || (OwnedByPronoun(speaker) && context.NamesSpeaker($"{before} {Joined(speaker)}", wholeName: true)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The board said" speaks for whoever the sentences before name: when the question names whose board ("What did
    /// Afghanistan's cricket board say?" had been answered with Cricket Australia's "The board said…"), they must
    /// name it whole.
    /// </summary>
    private static bool DescribesTheNamed(List<Match> speaker, FactContext context) =>
        speaker is [var article, var noun] && article.Value.Equals("the", StringComparison.OrdinalIgnoreCase) && char.IsLower(noun.Value[0])
        && context.Speaker is { } asked && asked.Any(term => term.IsName);

    /// <summary>Where the clause of a reporting verb starts: after the last full stop, question mark or semicolon before it.</summary>
    private static int ClauseStart(string sentence, Match verb) => sentence.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, verb.Index - 1)) + 1;

    private static string Joined(IEnumerable<Match> words) => string.Join(' ', words.Select(w => w.Value));

    /// <summary>Words of a speaker's name and title before the reporting verb ("World Athletics President Sebastian Coe said").</summary>
    private const int SpeakerWords = 5;

    [GeneratedRegex(@"^(?:he|she|it|they)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerPronoun();

    /// <summary>
    /// "Her coach, Pieter Haas, said…": a speaker owned by "her", "his", "its" or "their" is whoever the sentence before
    /// names, so "What did Marsh's coach say?" is answered when that sentence names Marsh.
    /// </summary>
    private static bool OwnedByPronoun(List<Match> speaker) =>
        speaker.Count >= 2 && OwnerPronoun().IsMatch(speaker[0].Value) && char.IsLower(speaker[1].Value[0]);

    [GeneratedRegex(@"^(?:her|his|its|their)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerPronoun();

    /// <summary>Why a sentence whose account belongs to a body the question does not name does not answer a why-question.</summary>
    public const string AnotherBodysAccount = "the account is another body's";

    /// <summary>The capitalised words of whoever gives the sentence's account ("GADA" of "GADA said a law…"); none when it gives no account.</summary>
    public static IReadOnlyList<string> AccountGivers(string sentence) =>
        Explanation().Match(sentence) is { Success: true } verb
            ? [.. WordWithPosition().Matches(sentence[ClauseStart(sentence, verb)..verb.Index]).TakeLast(SpeakerWords).Select(w => w.Value).Where(w => char.IsUpper(w[0]))]
            : [];

    /// <summary>
    /// The account a why-question is answered by is the decider's own: "Why did Haas drop Mazepin?" is not explained by
    /// "F1 had said it was impossible to hold the race". A body the question does not name, written as an acronym or a
    /// body's name, is somebody else; a person ("IPC President Andrew Parsons said…") may speak for the body asked about.
    /// </summary>
    private static bool AnotherBodyExplains(string sentence, Match verb, FactContext context)
    {
        // The few words before the verb, in its clause, as for SpeaksHere: "A week earlier, F1 had said…".
        var before = sentence[ClauseStart(sentence, verb)..verb.Index];
        var speakers = WordWithPosition().Matches(before).TakeLast(SpeakerWords).Select(w => w.Value).Where(w => char.IsUpper(w[0])).ToList();
        return !speakers.Any(context.IsQuestionName) && !PersonNames(before).Any()
            && (speakers.Any(w => w.Length >= 2 && w.All(c => char.IsUpper(c) || char.IsDigit(c)))
                || CapitalisedRun().Matches(before).Any(m => NamesABodyOrEvent(m.Value)));
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+")]
    private static partial Regex CapitalisedRun();
}
