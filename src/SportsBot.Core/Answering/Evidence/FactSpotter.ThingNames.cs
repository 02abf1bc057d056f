using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"What's the name of the new arena?": a thing asked for by its name, which the answer must set beside it.</summary>
public static partial class FactSpotter
{
    /// <summary>Things a fan asks the name of, as opposed to people, whose names the rules for roles read.</summary>
    private static readonly HashSet<string> ThingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "arena", "stadium", "ground", "venue", "hall", "track", "circuit", "course", "boat", "yacht", "ship", "vessel", "horse",
        "company", "firm", "consultancy", "sponsor", "brand", "club", "team", "law", "bill", "act", "report", "scheme",
        "programme", "program", "song", "anthem", "app", "channel", "broadcaster", "network", "newspaper", "fund",
        "foundation", "charity", "group", "campaign", "movement", "party", "hotel", "school", "university", "hospital",
    };

    /// <summary>Whether "What's the name of the <paramref name="noun"/>…" asks the name of a thing rather than of a person.</summary>
    public static bool IsThingNoun(string noun) => ThingNouns.Contains(noun);

    /// <summary>
    /// The word that tells which of its kind a named thing is ("new" in "the name of the new arena"): "Their current
    /// arena, the Tollhallen" names another. Null when the question says none.
    /// </summary>
    public static string? ThingDescribed(string question) =>
        ThingAge().Match(question) is { Success: true } described ? described.Groups["which"].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"\bnames?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?<which>new|old|current|former|original|temporary|future|present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThingAge();

    /// <summary>
    /// "What's the name of the new arena in Aurovik?" is not answered by "The Ravens will play at a new 9,000-seat arena
    /// being built in Aurovik's harbour district": the thing must be named beside the word for it (or a word of its
    /// concept), by a name the question does not give: "Kittiwake III, a 12-metre yacht", "the yacht Kittiwake III",
    /// "a boat called Sea Wren", "the Harbour Arena"; and of the one asked, "the new arena" not "their current arena".
    /// </summary>
    private static bool NamesTheThing(string sentence, FactContext context)
    {
        var relation = context.Matcher.StemOf(context.Relation!);
        foreach (var word in WordWithPosition().Matches(sentence).Cast<Match>())
        {
            var stem = context.Matcher.StemOf(word.Value);
            var before = sentence[..word.Index];
            // "the coastguard vessel that boarded the yacht": a word the question gives something else is not the thing asked.
            if ((stem != relation && (!context.Matcher.SameWord(relation, stem) || context.QuestionWords?.Contains(stem) == true))
                || (context.ThingDescribed is { } which && !QuestionClauses.Words(before).TakeLast(DescribedReach).Contains(which, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            var after = sentence[(word.Index + word.Length)..];
            var names = new[]
            {
                NameThenThing().Match(before), char.IsUpper(word.Value[0]) ? NameWithThing().Match(before) : Match.Empty,
                ThingThenName().Match(after),
            };
            if (names.Any(n => n.Success && QuestionClauses.Words(n.Groups["name"].Value).Any(w => !context.IsQuestionName(w))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far before the word for a thing the word telling which one it is may stand: "a new 8,000-seat arena".</summary>
    private const int DescribedReach = 4;

    private const string ThingName = @"(?<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|[IVX]+\b|\d+\b))*)";

    // "Kittiwake III, a 12-metre yacht": the name, then what it is.
    [GeneratedRegex(ThingName + @",\s+(?:a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?$")]
    private static partial Regex NameThenThing();

    // "the Harbour Arena": the word for it is part of its name.
    [GeneratedRegex(@"(?<!^)\b" + ThingName + @"\s+$")]
    private static partial Regex NameWithThing();

    // "the yacht Kittiwake III", "a boat called Sea Wren", "their arena, the Kesselhallen".
    [GeneratedRegex(@"^,?\s+(?:(?:called|named|known as)\s+)?(?:the\s+)?" + ThingName)]
    private static partial Regex ThingThenName();
}
