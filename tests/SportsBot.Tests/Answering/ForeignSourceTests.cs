using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What is the latest ruling in Semenya v. Switzerland?" was answered from the 2023 chamber ruling, because the
/// 2025 Grand Chamber ruling was reported in French and the rules could not read it. A source in another language
/// with a glossary is judged by its English reading, quoted as written and marked with its language.
/// </summary>
public sealed class ForeignSourceTests : IClassFixture<ForeignSourceTests.Corpus>
{
    private const string ItalianReport = "brisk-squalifica-annullata-it";

    private readonly Corpus _corpus;

    public ForeignSourceTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Is Ada Brisk still suspended?")]
    [InlineData("What is the latest decision on Ada Brisk's suspension?")]
    public async Task A_newer_report_in_another_language_leads_quoted_as_written_with_its_language(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Equal(ItalianReport, answer.Citations[0].ArticleId);
        Assert.StartsWith("As of 10 February 2025, in Italian: Il Tribunale arbitrale dello sport ha annullato", answer.Parts[0].Text);
    }

    [Fact]
    public async Task A_question_about_the_past_still_leads_with_the_report_of_that_time()
    {
        var answer = await _corpus.AskAsync("Why was Ada Brisk suspended?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("brisk-suspended-2024", answer.Citations[0].ArticleId);
        Assert.Contains("missed three doping tests", answer.Parts[0].Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("brisk-suspended-2024.md", Articles.Markdown("Zembla federation suspends fencer Ada Brisk for two years", "2024-03-04",
                """
                The Zembla Fencing Federation has suspended its sabre champion Ada Brisk for two years after she missed three doping tests in twelve months.

                Brisk said she would appeal against the suspension to the Court of Arbitration for Sport.
                """));
            folder.Write($"{ItalianReport}.md",
                """
                ---
                title: Annullata la squalifica di Ada Brisk
                published: 2025-02-10
                source: Corriere di Porto Vell
                language: it
                ---
                Il Tribunale arbitrale dello sport ha annullato la squalifica di due anni inflitta alla schermitrice Ada Brisk dalla federazione di Zembla.

                Secondo il tribunale, la federazione non aveva rispettato le proprie regole sui controlli antidoping.

                Brisk potrà tornare in pedana già a marzo.
                """);
        }
    }
}
