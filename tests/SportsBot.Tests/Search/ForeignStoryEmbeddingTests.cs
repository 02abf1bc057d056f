using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>
/// The embedding model reads English: a story in Italian, embedded as written, sits far from an English question
/// about it, beside English stories that merely share its names. Embedded as its reading through the Italian
/// glossary, it is the question's nearest.
/// </summary>
public sealed class ForeignStoryEmbeddingTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(knowledgeDirectory: null);
        await IngestAsync("zembla-squalifica.md", """
            ---
            title: Zembla, sei mesi di squalifica per Ivo Marr
            published: 2025-03-01
            source: Gazzetta di Prova
            language: it
            ---
            La federazione di Zembla ha squalificato Ivo Marr per sei mesi dopo la partita contro Ostland. Il giocatore ha protestato contro l'arbitro alla fine della partita.
            """);
        await IngestAsync("zembla-stadium.md", Articles.Markdown("Zembla opens a new stadium", "2025-03-02",
            "Zembla opened its new national stadium on Sunday, with Ivo Marr and the Ostland squad among the guests at the ceremony."));
        await IngestAsync("ostland-coach.md", Articles.Markdown("Ostland names a coach", "2025-03-03",
            "Ostland named a new national coach on Monday; Ivo Marr of Zembla praised the choice."));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_english_question_is_nearest_to_the_italian_story_that_answers_it()
    {
        var question = await _host.Get<IEmbedder>().EmbedQueryAsync("How long was Ivo Marr banned for after the match against Ostland?", CancellationToken.None);
        var index = _host.Get<IVectorIndex>();
        await index.EnsureCurrentAsync(CancellationToken.None);

        var nearest = index.Search(question, 1).Single();

        var article = (await _host.Get<IKnowledgeStore>().GetChunksAsync([nearest.ChunkId], CancellationToken.None)).Single().Article;
        Assert.Equal("Zembla, sei mesi di squalifica per Ivo Marr", article.Title);
    }

    /// <summary>The answer rules judge an Italian sentence by its English reading; its stored vector is that reading's, found without embedding it again.</summary>
    [Fact]
    public async Task The_sentences_of_an_italian_story_are_stored_as_the_answer_rules_read_them()
    {
        var store = _host.Get<IKnowledgeStore>();
        var article = (await store.ListAsync(0, 10, CancellationToken.None)).Single(a => a.Language == "it");
        var read = _host.Get<EnglishReadings>().ForSentences(article);

        var stored = await store.FindSentenceVectorsAsync(read, _host.Get<IEmbedder>().ModelName, CancellationToken.None);

        Assert.Contains(read, r => r.Contains("banned", StringComparison.Ordinal));
        Assert.Equal(read.Count, stored.Count);
    }

    private Task<IngestResult> IngestAsync(string fileName, string content) =>
        _host.Get<IngestPipeline>().IngestAsync(
            new IngestRequest(_host.Get<ArticleParser>().Parse(fileName, System.Text.Encoding.UTF8.GetBytes(content)), "moderator", $"test:{fileName}"),
            CancellationToken.None);
}
