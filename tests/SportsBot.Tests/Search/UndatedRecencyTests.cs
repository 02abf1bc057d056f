using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>
/// An undated story (a pasted .txt) has an unknown age. For a question about now, newer stories are lifted; the
/// undated one is lifted half as much, as if from the middle of the dated ones, rather than ranked as the oldest.
/// </summary>
public sealed class UndatedRecencyTests : IClassFixture<UndatedRecencyTests.Corpus>
{
    private readonly Corpus _corpus;

    public UndatedRecencyTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task An_undated_story_ranks_above_the_oldest_dated_one_on_the_same_matter()
    {
        var passages = (await _corpus.Host.Get<IRetriever>().RetrieveAsync("Can Zembla rowers race at the Harbour Regatta now?", CancellationToken.None)).Passages;

        var ids = passages.Select(p => p.Article.Id.Value).ToList();
        Assert.Contains("undated", ids);
        Assert.Contains("oldest", ids);
        Assert.True(ids.IndexOf("undated") < ids.IndexOf("oldest"), string.Join(", ", ids));
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("oldest.md", Articles.Markdown("Zembla rowers barred from the Harbour Regatta", "2020-05-01",
                "Zembla rowers may not race at the Harbour Regatta, its organisers said. The Harbour Regatta board barred Zembla rowers over unpaid fees. Zembla rowers said they would appeal the Harbour Regatta decision."));
            folder.Write("middle.md", Articles.Markdown("Harbour Regatta keeps Zembla rowers out", "2022-05-01",
                "The Harbour Regatta board kept its bar on Zembla rowers for another season. Zembla's appeal is still pending."));
            folder.Write("newest.md", Articles.Markdown("Harbour Regatta adds a night race", "2024-05-01",
                "The Harbour Regatta will add a night race on the lake this summer. Rowers from twelve clubs have entered."));
            folder.Write("undated.txt", """
                Harbour Regatta lets Zembla rowers race again

                Zembla rowers may race at the Harbour Regatta again after the board lifted its bar once the fees were paid.
                """);
        }
    }
}
