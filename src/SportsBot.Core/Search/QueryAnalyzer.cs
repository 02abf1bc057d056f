using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

public sealed partial class QueryAnalyzer(AliasTable aliases)
{
    /// <summary>Words that pull a question into the present even next to a past tense ("is it still suspended, or did the appeal succeed?").</summary>
    private static readonly HashSet<string> StrongPresentMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "still", "currently", "current", "today", "latest", "anymore", "yet", "rn",
    };

    /// <summary>Present markers that ask what holds now or will hold ("can", "will"), unlike the bare tense of "is" and "are".</summary>
    private static readonly HashSet<string> HoldsNowMarkers = new([.. StrongPresentMarkers, "can", "will", "allowed"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PresentMarkers = new([.. HoldsNowMarkers, "is", "are", "news"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Concessive = new(StringComparer.OrdinalIgnoreCase) { "but", "yet", "though", "although" };

    private static readonly HashSet<string> PastMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "did", "had", "originally", "initially", "first", "earlier", "before", "previously", "happened", "went", "occurred",
    };

    public QueryAnalysis Analyze(string question)
    {
        // "Russia's" is Russia: a possessive is not part of the name. "What's new with Rubiales?" and "What's the deal
        // with Kasatkina?" ask for the latest on whom they name: "new" and "deal" are no word an answer should say, nor
        // is "big" in "How big was the grant?", which asks how much it was (a "Big Bash League" story had made it a name).
        var words = Word().Matches(MostRecently().Replace(HowBig().Replace(AskingForTheLatest().Replace(question, " latest on "), "how much"), "latest")).Select(m => Possessive().Replace(m.Value, string.Empty)).Where(w => w.Length > 0).ToList();
        var terms = words
            .Select(w => w.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w) && !QuestionNoise.Contains(w) && (w.Length > 1 || char.IsDigit(w[0])))
            .Distinct()
            .ToList();

        var years = Year().Matches(question).Select(m => m.Value).Distinct().ToList();
        // "…snubbed the Games but still let their athletes go": "still" after "but" concedes; it says nothing of now.
        words = [.. words.Where((w, i) => !(w.Equals("still", StringComparison.OrdinalIgnoreCase) && i > 0 && Concessive.Contains(words[i - 1])))];
        // "When is the first race happening now?": "first" before its noun says which race, not that it is past.
        // "When will the new shirt first be worn?": in a question put in the future, "first" says when it starts, not that it is past.
        var future = words.Any(w => w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase));
        var pastTense = words.Where((w, i) => !(w.Equals("first", StringComparison.OrdinalIgnoreCase) && ((i > 0 && Determiner().IsMatch(words[i - 1])) || future))).Any(PastMarkers.Contains);
        var present = words.Any(PresentMarkers.Contains) && !pastTense;
        var past = pastTense && !words.Any(StrongPresentMarkers.Contains);
        var (asks, subject, counted) = QuestionKindReader.Read(question);
        var (names, ignored) = NamesIn(question, terms);
        return new QueryAnalysis(question, terms, aliases.Expand(question), years, present, past, asks, names, subject, counted, ignored) { AsksAboutAReturn = AReturn().IsMatch(question), AsksWhatHoldsNow = present && words.Any(HoldsNowMarkers.Contains), AsksAsItStands = present && words.Any(StrongPresentMarkers.Contains) };
    }

    /// <summary>
    /// The words the question itself shows to be names (capitalised anywhere but the start, all-capital acronyms,
    /// numbers, names of bodies the alias table knows: "russia" written lower-case is still Russia), and the words
    /// the answer need not mention: those only in a statement before the question ("Russia won the 2021 Billie Jean
    /// King Cup. Were Russian players…?" is about Wimbledon) and those inside a compound ("the Moscow-born driver"
    /// describes the driver rather than naming Moscow).
    /// </summary>
    private (List<string> Names, List<string> Ignored) NamesIn(string question, List<string> terms)
    {
        var asked = QuestionSentences(question);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var counted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddNames(asked, names, counted, namesOnly: false);
        // "I heard Griner was freed. Who was she swapped for?": a question that refers back to the statement before it
        // is about whom the statement names, though not about the statement's other words.
        if (asked.Length < question.Length && ReferringWords.PronounIn(asked))
        {
            foreach (var statement in SentenceBreak().Split(question.Trim()).Where(s => !s.TrimEnd().EndsWith('?')))
            {
                AddNames(statement, names, counted, namesOnly: true);
            }
        }

        return ([.. terms.Where(names.Contains)], [.. terms.Where(t => !counted.Contains(t))]);
    }

    private void AddNames(string text, HashSet<string> names, HashSet<string> counted, bool namesOnly)
    {
        var words = Word().Matches(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var w = Possessive().Replace(words[i].Value, string.Empty);
            // A measure joined to a word ("the under-81kg final", "4x100m relay") names a category, not a description.
            if (w.Length == 0 || (InCompound(text, words[i]) && !IsMeasure(w)))
            {
                continue;
            }

            var capitalised = char.IsUpper(w[0]) && (i > 0 || (w.Length > 1 && w.Skip(1).Any(char.IsUpper)));
            var isName = capitalised || char.IsDigit(w[0]) || aliases.GroupOf(w) is not null;
            if (isName || !namesOnly)
            {
                counted.Add(w.ToLowerInvariant());
            }

            if (isName)
            {
                names.Add(w.ToLowerInvariant());
            }
        }
    }

    private static string QuestionSentences(string question)
    {
        var sentences = SentenceBreak().Split(question.Trim());
        var asked = sentences.Where(s => s.TrimEnd().EndsWith('?')).ToList();
        return asked.Count == 0 ? question : string.Join(' ', asked);
    }

    /// <summary>A number with a unit of weight or distance ("81kg", "4x100m"): in sport, the name of a category or an event.</summary>
    public static bool IsMeasure(string word) => Measure().IsMatch(word);

    [GeneratedRegex(@"^\d+(?:x\d+)?(?:kg|g|m|km|cc|lb|lbs)$", RegexOptions.IgnoreCase)]
    private static partial Regex Measure();

    private static bool InCompound(string text, Match word)
    {
        var end = word.Index + word.Length;
        return (end < text.Length - 1 && text[end] == '-' && char.IsLetter(text[end + 1]))
            || (word.Index > 1 && text[word.Index - 1] == '-' && char.IsLetter(text[word.Index - 2]));
    }

    // "Who most recently won the cup?" asks for the latest winner: "most" and "recently" are no words a sentence says.
    [GeneratedRegex(@"\b(?:most\s+)?recent(?:ly)?\b|\blately\b", RegexOptions.IgnoreCase)]
    private static partial Regex MostRecently();

    [GeneratedRegex(@"\bhow (?:big|large)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowBig();

    /// <summary>Words of asking that say nothing about the subject ("Do you know whether…", "Tell me about…").</summary>
    private static readonly HashSet<string> QuestionNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "whether", "anyone", "someone", "guys", "bot", "sportsbot", "info", "information", "details", "news", "latest", "update",

        // Words that ask to be told ("tell" and "explain" are stop words): "Do you know who…", "I wonder why…".
        "know", "wonder", "wondering", "remind",

        // Words that ask what happened without saying what: "What went down between…" ("went" is a stop word), "What was
        // the outcome of…".
        "outcome", "fallout", "story", "between", "occurred", "happening",
    };

    [GeneratedRegex(@"\bwhat(?:['’]s|s| is)\s+(?:new|up|going on|happening|the (?:deal|story|situation|latest))\s+(?:with|on|about|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskingForTheLatest();

    /// <summary>Words of an undoing; "back in January 2022" dates the question instead.</summary>
    [GeneratedRegex(@"\b(?:back(?!\s+(?:in|when|then|during|on|at|before|to\s+\d))|again|return(?:s|ed|ing)?|readmit\w*|reinstat\w*|lift(?:s|ed|ing)?|restor\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AReturn();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"['’]s$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:the|a|its|their|his|her|our|my|your)$", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();
}
