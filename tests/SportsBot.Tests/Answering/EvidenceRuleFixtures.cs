using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Answering;

/// <summary>What the evidence rule tests share: one term matcher, the fact context a question is read into, and the checks for a count and for a speaker's words.</summary>
internal static class EvidenceRuleFixtures
{
    internal static readonly TermMatcher Matcher = new(new SnowballWordStemmer(), new AliasTable(), new ConceptTable(new SnowballWordStemmer()));

    internal static FactContext Context(bool asksForWinner = false, bool asksForPeople = false, string? subject = null) =>
        new([Name("ioc"), Name("roc"), Name("russia")], null, null, subject, subject is null ? [] : new AliasTable().Expand(subject), asksForWinner, Matcher, asksForPeople);

    internal static QueryTerm Name(string word) => Matcher.Term(word, isName: true);

    /// <summary>The sentence answers a how-many (or how-much, or what-result) question asking for <paramref name="asked"/>.</summary>
    internal static bool GivesCount(string asked, string sentence) =>
        FactSpotter.Missing(AskedFor.HowMany, sentence, Context() with { AskedWord = asked, AskedStem = Matcher.StemOf(asked) }) is null;

    internal static FactContext SpeakerContext(string question) =>
        new(
            [Name("premier"), Name("league"), Name("ioc"), Name("putin")], null, null, null, [], false, Matcher,
            Speaker: [.. QuestionClauses.Speaker(question)!.Select(w => Matcher.Term(w, char.IsUpper(w[0])))],
            QuestionWords: new HashSet<string> { Matcher.StemOf("amnesty") });
}
