using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>"How many countries…" is answered by a count of nations: the counted noun may be any word of its concept.</summary>
public sealed class CountedNounConceptTests : IClassFixture<CountedNounConceptTests.Corpus>
{
    private readonly Corpus _corpus;

    public CountedNounConceptTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_count_of_nations_answers_how_many_countries()
    {
        var answer = await _corpus.AskAsync("How many countries sent crews to the Harbour Regatta?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("twelve nations", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("harbour-regatta.md", Articles.Markdown("Harbour Regatta opens on the lake", "2024-06-10",
                """
                The Harbour Regatta opened on the lake on 10 June 2024 with crews from twelve nations.

                The organisers said the night race would be held on the final day. Zembla's crews are favourites in the eights.
                """));
    }
}
