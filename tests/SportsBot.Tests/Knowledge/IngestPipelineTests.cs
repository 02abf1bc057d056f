using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Knowledge;

public sealed class IngestPipelineTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(knowledgeDirectory: null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IKnowledgeStore Store => _host.Get<IKnowledgeStore>();

    private Task<IReadOnlyList<KeywordHit>> KeywordsAsync(string words) =>
        _host.Get<IKeywordSearch>().SearchAsync(_host.Get<QueryAnalyzer>().Analyze(words), 10, CancellationToken.None);

    private Task<IngestResult> IngestAsync(string fileName, string content, string addedBy = "moderator") =>
        _host.Get<IngestPipeline>().IngestAsync(
            new IngestRequest(_host.Get<ArticleParser>().Parse(fileName, System.Text.Encoding.UTF8.GetBytes(content)), addedBy, $"test:{fileName}"),
            CancellationToken.None);

    [Fact]
    public async Task An_added_article_is_stored_with_its_metadata_and_becomes_searchable()
    {
        var result = await IngestAsync("iihf-ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody, "https://example.org/iihf"));

        Assert.Equal(IngestStatus.Added, result.Status);
        var stored = await Store.GetAsync(result.Article.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("IIHF suspends Russia and Belarus", stored.Title);
        Assert.Equal(new DateOnly(2022, 2, 28), stored.Published);
        Assert.Equal("Test Gazette", stored.Source);
        Assert.Equal("moderator", stored.AddedBy);

        var passages = (await _host.Get<IRetriever>().RetrieveAsync("Is Russia suspended from ice hockey?", CancellationToken.None)).Passages;
        Assert.Equal(result.Article.Id, passages[0].Article.Id);
    }

    [Fact]
    public async Task The_same_text_added_twice_is_reported_as_already_in_the_knowledge_base_and_nothing_changes()
    {
        var first = await IngestAsync("a.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        var second = await IngestAsync("copy.txt", "A different headline\n\n" + Articles.BanBody.ToUpperInvariant(), addedBy: "someone else");

        Assert.Equal(IngestStatus.Duplicate, second.Status);
        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Contains("Already in the knowledge base as #", second.Describe());
        Assert.Equal(1, await Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_article_with_a_known_url_is_a_duplicate_even_if_its_text_differs()
    {
        await IngestAsync("a.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody, "https://example.org/iihf"));
        var second = await IngestAsync("b.md", Articles.Markdown("IIHF review", "2023-05-01", Articles.ReturnBody, "https://example.org/iihf"));

        Assert.Equal(IngestStatus.Duplicate, second.Status);
        Assert.Equal(1, await Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_articles_with_the_same_file_name_get_distinct_ids()
    {
        var first = await IngestAsync("news.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        var second = await IngestAsync("news.md", Articles.Markdown("IIHF review", "2023-05-01", Articles.ReturnBody));

        Assert.Equal("news", first.Article.Id.Value);
        Assert.Equal("news-2", second.Article.Id.Value);
    }

    [Fact]
    public async Task A_text_too_short_to_be_an_article_is_refused_and_nothing_is_stored()
    {
        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => IngestAsync("short.txt", "Headline\n\nJust a few words."));

        Assert.Contains("needs at least", ex.Message);
        Assert.Equal(0, await Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failure_while_embedding_leaves_no_half_article_behind()
    {
        var pipeline = new IngestPipeline(
            Store,
            new FailingEmbedder(_host.Get<IEmbedder>(), failOnCall: 2),
            new Chunker(new ChunkingOptions { TargetWords = 20 }),
            _host.Get<IVectorIndex>(),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestPipeline>.Instance);
        var longBody = string.Join("\n\n", Enumerable.Repeat(Articles.BanBody, 1).Concat(Enumerable.Range(1, 40).Select(i => $"Paragraph {i} adds one more sentence about the federation and its long list of decisions.")));
        var draft = _host.Get<ArticleParser>().Parse("long.md", System.Text.Encoding.UTF8.GetBytes(Articles.Markdown("Long", "2022-03-01", longBody)));

        await Assert.ThrowsAsync<IOException>(() => pipeline.IngestAsync(new IngestRequest(draft, "m", "test:long"), CancellationToken.None));

        Assert.Equal(0, await Store.CountAsync(CancellationToken.None));
        Assert.Empty(await KeywordsAsync("federation"));
    }

    [Fact]
    public async Task Removing_an_article_removes_its_passages_from_both_searches()
    {
        var added = await IngestAsync("a.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));

        Assert.True(await _host.Get<IngestPipeline>().RemoveAsync(added.Article.Id, CancellationToken.None));

        Assert.Null(await Store.GetAsync(added.Article.Id, CancellationToken.None));
        Assert.Empty(await KeywordsAsync("hockey"));
        Assert.Empty((await _host.Get<IRetriever>().RetrieveAsync("ice hockey suspension", CancellationToken.None)).Passages);
    }

    private sealed class FailingEmbedder(IEmbedder inner, int failOnCall) : IEmbedder
    {
        private int _calls;

        public string ModelName => inner.ModelName;

        public int Dimensions => inner.Dimensions;

        public Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken) => inner.EmbedQueryAsync(question, cancellationToken);

        public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            ++_calls == failOnCall ? throw new IOException("model crashed") : inner.EmbedAsync(texts, cancellationToken);
    }
}
