using System.Text.RegularExpressions;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Reads an article into sentences and finds, for those that cannot stand alone, what they refer to.</summary>
public static partial class ArticleSentences
{
    /// <summary>Longer than this is a list or a run-on that makes a poor quote.</summary>
    public const int MaxQuoteChars = 450;

    /// <summary>Shorter than this is a caption, a byline or a heading, not a statement.</summary>
    public const int MinQuoteChars = 20;

    /// <summary>How far back "the decision" may look for the sentence that names the decision.</summary>
    private const int ReferenceReach = 3;

    /// <summary>
    /// The sentences an answer may quote, each once. Ingest embeds and stores exactly these, so answering finds the
    /// vectors of the sentences it weighs already made.
    /// </summary>
    public static IReadOnlyList<string> Quotable(string body) =>
        [.. Read(body).Where(s => s.IsQuotable).Select(s => s.Text).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<ArticleSentence> Read(string body)
    {
        var texts = new List<(string Text, int Paragraph)>();
        var paragraph = 0;
        foreach (var text in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                texts.Add((sentence, paragraph));
            }

            paragraph++;
        }

        var all = texts.Select(t => t.Text).ToList();
        var result = new List<ArticleSentence>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var (text, para) = texts[i];
            int? antecedent = i == 0 ? null : AntecedentOf(text, i, all);
            if (antecedent is { } a && all[a].Length > MaxQuoteChars)
            {
                antecedent = null;
            }

            // What is referred to may itself refer back ("The change takes effect in April." after the vote): it is
            // quoted with what it refers to, one step further and no more, so no quote opens on a reference to
            // something it leaves out, and a run of references does not become a paragraph.
            IReadOnlyList<ArticleSentence> referred = antecedent is { } k
                ? result[k] is { Referred: [{ Referred: [] } root] } previous && $"{root.Text} {previous.Text}".Length <= MaxQuoteChars
                    ? [root, previous with { Referred = [] }]
                    : [result[k] with { Referred = [] }]
                : [];
            result.Add(new ArticleSentence(i, para, text, referred.Count == 0 ? null : string.Join(' ', referred.Select(r => r.Text)), i == 0 ? null : all[i - 1])
            {
                AntecedentIndex = antecedent,
                Referred = referred,
            });
        }

        return result;
    }

    /// <summary>
    /// "It", "They", "He", "Then", "All three of those…", and a person described instead of named ("The Serbian
    /// beat…", "The 31-year-old was…", "The world number one flew…"): the sentence before. "The decision", "The panel", and a sentence that
    /// only dates a decision ("The IOC Executive Board announced the decision on 8 December 2023"): the latest of the
    /// few sentences before that names a decision or a panel, else the article's opening sentence, which names what
    /// the story is about. A connective in front ("However, it said…") changes nothing. A person told by age alone
    /// further on ("suspended the 27-year-old"): the sentence before.
    /// </summary>
    private static int? AntecedentOf(string sentence, int index, List<string> sentences)
    {
        var opening = Opening().Match(sentence);
        var reference = opening.Success ? opening : DecisionDated().Match(sentence);
        if (!reference.Success)
        {
            // "The panel suspended the 27-year-old for twelve months": a person told by age alone, anywhere in the
            // sentence, is the one the story named just before.
            return DescribedByAge().IsMatch(sentence) ? index - 1 : null;
        }

        if (reference.Groups["pronoun"].Success)
        {
            return index - 1;
        }

        // "The decisions…" points back to a sentence that names a decision, in the singular or the plural.
        var noun = reference.Groups["noun"].Value.ToLowerInvariant().TrimEnd('s');
        for (var j = index - 1; j >= Math.Max(0, index - ReferenceReach); j--)
        {
            if (sentences[j].Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return j;
            }
        }

        // "The league's panel suspended the 27-year-old": with no league named before, the person told by age is
        // what the sentence needs from the one before it.
        return DescribedByAge().IsMatch(sentence) ? index - 1 : 0;
    }

    [GeneratedRegex(@"\bthe\s+\d{1,3}-year-old\b(?!\s+(?:\p{Ll}+\s+){0,2}\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedByAge();

    public static bool RefersBack(string sentence) => Opening().IsMatch(sentence) || DecisionDated().IsMatch(sentence);

    /// <summary>"The referee then gave her a black card": somebody the sentence speaks of without naming, anywhere in it.</summary>
    public static bool SpeaksOfSomeoneUnnamed(string sentence) => PersonalPronoun().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:he|she|him|his|her|hers|they|them|their)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalPronoun();

    /// <summary>
    /// "The IOC Executive Board announced the decision on 8 December 2023": when and by whom, not what was decided,
    /// which the story said before. Not "took the decision to suspend…", which says it.
    /// </summary>
    [GeneratedRegex(@"^(?:The\s+)?(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+){1,5}(?:announced|took|made|confirmed|reached|published|issued)\s+(?:the|its|their|this|that)\s+(?<noun>decision|ruling|verdict|announcement|judgment|judgement|move)\b(?!\s+(?:to|that)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionDated();

    [GeneratedRegex(@"^(?:(?:However|But|And|Meanwhile|Still|Yet|Instead|Also|Now|So|Nevertheless|In addition|At the same time|Later),?\s+)?(?:(?<pronoun>It|Its|They|Their|Them|He|His|She|Her|This|That|These|Those|Such|Both|Neither|Then)\b|(?<pronoun>The\s+(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ss|i)|\d+-year-old|world\s+number\s+\w+)\s+(?=(?:\p{Ll}+ed|said|says|beat|beats|won|wins|lost|loses|was|is|has|had|will|would|became|took|told|made|went|came|left|got|flew|fled)\b))|(?:The|This|That)\s+(?<noun>decisions?|rulings?|move|ban|body|court|panel|federation|committee|organi[sz]ation|statement|measures?|sanctions?|suspension|verdict|appeal|plan|proposal|policy|clubs?|players?|athletes?|governing|group|association|union|league|tournament|event|match|final|race|team|country|nation|government|ministry|president|minister|spokesperson|spokesman|spokeswoman|judges?|arbitrators?|board|executive|agency|vote|change|same|latter|former|rules?|incident|case|games|stance|position|row|dispute|controversy|announcement|gesture|protest|boycott|talks|hearing|investigation|inquiry|review|conditions|restrictions?|two|three|pair|duo|trio)\b|(?<pronoun>(?:All|Both|Each|None|Some|Many|Most|Several|Two|Three|Four|Five)(?:\s+\p{Ll}+)?\s+of\s+(?:those|these|them)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
