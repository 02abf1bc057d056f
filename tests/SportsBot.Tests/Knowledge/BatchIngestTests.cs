using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Knowledge;

/// <summary>Many articles at once share model calls; an edited article re-embeds only what changed.</summary>
public sealed class BatchIngestTests : IAsyncLifetime
{
    private readonly CountingEmbedder _model = new();
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Knowledge:Chunking:TargetWords"] = "25" }, s => s.AddSingleton<IEmbedder>(_model));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Several_articles_are_embedded_in_shared_model_calls_and_the_same_text_twice_is_stored_once()
    {
        IngestItem Item(string name, string title, string body) => new(name, _ => Task.FromResult(new IngestRequest(
            _host.Get<ArticleParser>().Parse(name, Encoding.UTF8.GetBytes(Articles.Markdown(title, "2023-01-01", body))), "test", $"test:{name}")));

        var outcomes = await _host.Get<BatchIngest>().IngestAsync(
            [
                Item("ban.md", "IIHF suspends Russia and Belarus", Articles.BanBody),
                Item("return.md", "IIHF keeps teams out", Articles.ReturnBody),
                Item("copy.md", "IIHF suspends Russia and Belarus (copy)", Articles.BanBody),
                new IngestItem("broken.md", _ => throw new InvalidArticleException("broken.md: not an article")),
            ],
            null,
            null,
            CancellationToken.None);

        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Duplicate], outcomes.Take(3).Select(o => o.Result!.Status));
        Assert.Equal("broken.md: not an article", outcomes[3].Refusal);
        Assert.True(_model.Calls < 3, $"{_model.Calls} model calls for two articles");
        Assert.Equal(2, await _host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
        var found = await _host.Get<IRetriever>().RetrieveAsync("Can individual players take part as neutrals in club events?", CancellationToken.None);
        Assert.Contains(found.Passages, p => p.Article.Id == outcomes[1].Result!.Article.Id);
    }

    [Fact]
    public async Task An_edited_article_re_embeds_only_the_passages_whose_text_changed()
    {
        var parser = _host.Get<ArticleParser>();
        var pipeline = _host.Get<IngestPipeline>();
        var first = await pipeline.IngestAsync(new IngestRequest(parser.Parse("ban.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody))), "test", "test:ban"), CancellationToken.None);
        var allTexts = _model.Texts;

        _model.Reset();
        // The sentence stays within a passage (25 words here): a longer one would be cut in two, changing two passages.
        var edited = Articles.BanBody.Replace("this season", "this season, the council added on Friday", StringComparison.Ordinal);
        var second = await pipeline.IngestAsync(new IngestRequest(parser.Parse("ban.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", edited))), "test", "test:ban", ReplaceId: first.Article.Id), CancellationToken.None);

        Assert.Equal(IngestStatus.Updated, second.Status);
        Assert.InRange(_model.Texts, 1, allTexts / 2);
        var found = await _host.Get<IRetriever>().RetrieveAsync("What did the council add on Friday?", CancellationToken.None);
        Assert.Contains("the council added on Friday", string.Join(' ', found.Passages[0].Chunks.Select(c => c.Chunk.Text)), StringComparison.Ordinal);
    }
}
