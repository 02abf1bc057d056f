using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>
/// Keyword search on a store where one word is in more chunks than the candidate budget (as "Russian" is in most
/// chunks of a large news store): it no longer picks the candidates, yet still ranks them.
/// </summary>
public sealed class KeywordSearchBoundTests : IAsyncLifetime
{
    private const int Budget = 100;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Knowledge:Search:KeywordCandidateBudget"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var store = _host.Get<IKnowledgeStore>();
        for (var i = 0; i < Budget + 20; i++)
        {
            await SaveAsync(store, $"filler-{i}", $"Russian federation news {i}", $"The Russian federation published its weekly bulletin number {i} about domestic leagues and coaching courses.");
        }

        await SaveAsync(store, "zembla-russian", "Ostrava Open decision", "The Zembla tennis association said Russian players may enter the Ostrava Open as neutrals.");
        await SaveAsync(store, "zembla-only", "Ostrava Open schedule", "The Zembla tennis association published the Ostrava Open schedule and the ticket prices for the week.");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_rare_word_picks_the_candidates_and_a_common_word_still_ranks_them()
    {
        var hits = await SearchAsync("Can Russian players enter the Zembla tournament?");

        Assert.Equal(["zembla-russian", "zembla-only"], hits.Select(h => h.ArticleId.Value));
    }

    [Fact]
    public async Task When_every_word_is_common_the_newest_chunks_holding_them_come_back()
    {
        var hits = await SearchAsync("Russian federation");

        Assert.Equal(10, hits.Count);
        Assert.Equal("filler-119", hits[0].ArticleId.Value);
        Assert.All(hits, h => Assert.StartsWith("filler-", h.ArticleId.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_that_fit_the_budget_are_searched_together_as_one_bm25_query()
    {
        var hits = await SearchAsync("Ostrava schedule tickets");

        Assert.Equal("zembla-only", hits[0].ArticleId.Value);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public async Task A_word_no_article_had_when_it_was_first_searched_is_found_once_an_article_with_it_is_saved()
    {
        Assert.Empty(await SearchAsync("Who runs the Quorvath regatta?"));

        await SaveAsync(_host.Get<IKnowledgeStore>(), "quorvath", "Quorvath regatta", "The Quorvath regatta is run by the Zembla sailing union.");

        Assert.Equal("quorvath", (await SearchAsync("Who runs the Quorvath regatta?"))[0].ArticleId.Value);
    }

    [Fact]
    public async Task A_word_that_more_articles_make_common_stops_picking_the_candidates()
    {
        var store = _host.Get<IKnowledgeStore>();
        Assert.Equal(["zembla-only", "zembla-russian"], (await SearchAsync("Zembla")).Select(h => h.ArticleId.Value).Order());

        for (var i = 0; i < Budget; i++)
        {
            await SaveAsync(store, $"zembla-{i}", $"Zembla bulletin {i}", $"The Zembla tennis association published its weekly bulletin number {i}.");
        }

        // Past the budget, the newest chunks holding it come back, as for "Russian federation" above.
        Assert.Equal($"zembla-{Budget - 1}", (await SearchAsync("Zembla"))[0].ArticleId.Value);
    }

    [Fact]
    public async Task A_passage_edited_to_hold_a_common_word_is_ranked_by_its_new_text_after_its_old_words_were_read()
    {
        const string Question = "Can Russian players enter the Zembla tournament?";
        Assert.Equal("zembla-russian", (await SearchAsync(Question))[0].ArticleId.Value);

        await SaveAsync(_host.Get<IKnowledgeStore>(), "zembla-only", "Ostrava Open schedule", "The Zembla tennis association published the Ostrava Open schedule: Russian players enter on Monday.");

        // Both passages now hold "Russian"; the edited one, stored last, comes first on the tie.
        Assert.Equal(["zembla-only", "zembla-russian"], (await SearchAsync(Question)).Select(h => h.ArticleId.Value));
    }

    private Task<IReadOnlyList<KeywordHit>> SearchAsync(string question) =>
        _host.Get<IKeywordSearch>().SearchAsync(_host.Get<QueryAnalyzer>().Analyze(question), 10, CancellationToken.None);

    private static async Task SaveAsync(IKnowledgeStore store, string id, string title, string body)
    {
        var article = new Article(new ArticleId(id), title, null, "Test Gazette", new DateOnly(2024, 1, 1), DateTimeOffset.UnixEpoch, "test", "en", body, id, "test", null);
        var vector = new float[384];
        vector[0] = 1;
        await store.SaveAsync(article, [new EmbeddedChunk(new Chunk(article.Id, 0, body), vector, "test-model")], [], CancellationToken.None);
    }
}
