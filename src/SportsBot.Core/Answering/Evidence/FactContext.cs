using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>What <see cref="FactSpotter"/> needs to know of the question besides its kind.</summary>
/// <param name="QuestionNames">Names the question itself uses: a "who" answer must name someone else.</param>
/// <param name="AskedStem">Stem of the noun a how-many question counts, or a what/which question asks to name, if it names one.</param>
/// <param name="Subject">The subject of a what-is question, as the asker wrote it.</param>
/// <param name="SubjectForms">Other names of that subject ("Individual Neutral Athletes" for "AIN").</param>
/// <param name="AsksForWinner">A who-question about winning: it needs a name with a win verb.</param>
/// <param name="AsksForPeople">"Which officials…": a who-question whose answer is people, so a body's name does not answer it.</param>
public sealed record FactContext(
    IReadOnlySet<string> QuestionNames,
    string? AskedWord,
    string? AskedStem,
    string? Subject,
    IReadOnlyList<string> SubjectForms,
    bool AsksForWinner,
    TermMatcher Matcher,
    bool AsksForPeople = false)
{
    public bool IsQuestionName(string word) => QuestionNames.Contains(Matcher.StemOf(word));

    public bool IsCounted(string word) => AskedStem is not null && Matcher.SameWord(AskedStem, Matcher.StemOf(word));
}
