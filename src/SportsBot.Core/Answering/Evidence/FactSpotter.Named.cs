using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Whether a sentence names the things a which-question asks for, or only counts or describes them.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "Which three NBL arenas never had the cameras?" asks to name arenas: "installed at nine of the league's 12
    /// arenas" counts them, "testing cameras at two grounds" and "cheaper peaks in neighbouring countries" say them only
    /// with a number or the question's own description, and name none. A sentence that goes on to list them ("two
    /// grounds, Halden Park and …", "countries including Norland") names them, and so does one whose subject is "one of
    /// seven oligarchs".
    /// </summary>
    public static bool CountsInsteadOfNaming(string sentence, string noun, FactContext context)
    {
        var kind = context.Matcher.StemOf(noun);
        var words = WordWithPosition().Matches(sentence).ToList();
        var said = Enumerable.Range(0, words.Count)
            .Where(i => char.IsLower(words[i].Value[0]) && context.Matcher.SameWord(kind, context.Matcher.StemOf(words[i].Value)))
            .ToList();
        return said.Count > 0 && said.All(i =>
            !ListFollows().IsMatch(sentence[(words[i].Index + words[i].Length)..])
            && !OneOf().IsMatch(sentence[..words[i].Index])
            && (words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(w => IsCount(w.Value))
                || (i > 0 && char.IsLower(words[i - 1].Value[0]) && context.IsQuestionWord(words[i - 1].Value)
                    && (i < 2 || !Determiner().IsMatch(words[i - 2].Value)))));
    }

    /// <summary>
    /// "Which four training centres…?" asks for four names: a sentence with no name of its own, beyond the question's,
    /// a capital opening it, whoever says it ("'The most important thing is that the centres stay open,' Kovalska
    /// said.") and a day or month ("voted 7-4 on Sunday"), names none of them.
    /// </summary>
    /// <param name="people">
    /// The question asks to name people ("Which four board members voted against?"): a place a sentence is in or goes to
    /// ("moved to Mirrowick", "delegates in Ebrenfeld"), one who owns something ("Ivorsky's home city") and a body or an
    /// event ("the Ostrelian Chess Federation", "the Continental Team Championship") name none of them.
    /// </param>
    public static bool NamesNoneOfItsOwn(string sentence, FactContext context, bool people = false) =>
        !CapitalisedName().Matches(sentence).Any(name => !(OpensSentence(sentence, name.Index) && !name.Value.Contains(' '))
            && !SaidBy().IsMatch(sentence[(name.Index + name.Length)..])
            && !name.Value.Split(' ').All(w => context.IsQuestionName(w) || StopWords.Contains(w.ToLowerInvariant()) || Calendar().IsMatch(w))
            && !(people && (PlaceBefore().IsMatch(sentence[..name.Index]) || name.Value.EndsWith("'s", StringComparison.Ordinal) || name.Value.EndsWith("’s", StringComparison.Ordinal)
                || name.Value.Split(' ').Any(w => BodyWord().IsMatch(w)))));

    [GeneratedRegex(@"\b(?:in|at|to|from|near|into)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"^\s+(?:said|says|told|added|explained|insisted|argued|warned)\b")]
    private static partial Regex SaidBy();

    /// <summary>A figure, not a rough count: a number other than a year ("12", "3,400") or one spelled out ("two"), not "several thousand".</summary>
    public static bool GivesAFigure(string sentence) =>
        WordWithPosition().Matches(sentence).Any(w => (char.IsDigit(w.Value[0]) && !AskedYears.IsYear(w.Value)) || (NumberWord().IsMatch(w.Value) && !RoughCount().IsMatch(w.Value)));

    // Number words that count only roughly on their own: "several thousand", "hundreds of", "dozens".
    [GeneratedRegex(@"^(?:hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|single|double|half|both)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoughCount();

    /// <summary>
    /// The sentence names a body of the kind asked for by a name that carries the kind's word ("the Green Progress
    /// Party MP" for "party", "Dravonia's Administrative Court" for "court"), not only one the question names.
    /// </summary>
    public static bool NamesOneOfKind(string sentence, string kind, FactContext context) =>
        CapitalisedName().Matches(sentence).Select(run => run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(words => Array.FindIndex(words, w => w.Equals(kind, StringComparison.OrdinalIgnoreCase)) is > 0 and var at
                && words[..at].Any(w => char.IsUpper(w[0]) && !context.IsQuestionName(w)));

    // "two grounds, Halden Park and…", "two members of staff, goalkeeping coach Luka Pavlin and…", "the three clubs
    // that voted against were the Harbour City Gulls…": the names follow the count, after a comma or a "were".
    [GeneratedRegex(@"^(?:\s+of\s+[\p{Ll}-]+)?(?:\s*(?:[,:(—–-]\s*|\s+(?:including|such as|namely)\s+)|(?:\s+(?:that|who|which)\b[^,.;]*?)?\s+(?:were|are|include|included)\s+)(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}")]
    private static partial Regex ListFollows();

    // "Abramovich was one of seven Russian oligarchs added to the list" names one of them.
    [GeneratedRegex(@"\bone of (?:the |its |their )?(?:[\p{L}\d-]+ ){1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex OneOf();

    [GeneratedRegex(@"^(?:the|these|those|its|their|both|all)$", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();
}
