using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Search;
using SportsBot.Infrastructure.Storage;
using SportsBot.Infrastructure.Text;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>
/// A story in another language shares no words with an English question but its names: the keyword index holds its
/// reading through the glossary of its language too, for stories saved before that as well as after.
/// </summary>
public sealed class ForeignStoryKeywordTests : IDisposable
{
    private const string Question = "How long is the ban after the match?";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_english_question_finds_a_story_in_italian_by_its_reading()
    {
        using var db = Open();
        var store = new SqliteKnowledgeStore(db, readings: new EnglishReadings(new GlossaryShelf()));
        await SaveAsync(store, Italian());
        await SaveAsync(store, English());

        Assert.Equal(["zembla-squalifica"], await SearchAsync(db));
    }

    [Fact]
    public async Task A_story_saved_before_readings_were_indexed_is_found_by_its_reading_after_the_upgrade()
    {
        using (var before = Open())
        {
            await SaveAsync(new SqliteKnowledgeStore(before), Italian());
            Assert.Empty(await SearchAsync(before));
        }

        using var db = Open();
        var upgraded = new SqliteKnowledgeStore(db, readings: new EnglishReadings(new GlossaryShelf()));

        Assert.Equal(["zembla-squalifica"], await SearchAsync(db));
        // Its vector, made from the Italian words, is made again from the reading by the refresh at start.
        Assert.Equal(1, await upgraded.CountChunksNotEmbeddedByAsync("test-model", CancellationToken.None));
    }

    private SqliteDatabase Open() => new(Options.Create(new StorageOptions { DatabasePath = _folder.File("kb.db") }));

    private static async Task<List<string>> SearchAsync(SqliteDatabase db)
    {
        using var search = new FtsKeywordSearch(db, Options.Create(new SearchOptions()));
        var hits = await search.SearchAsync(new QueryAnalyzer(new AliasTable()).Analyze(Question), 10, CancellationToken.None);
        return [.. hits.Select(h => h.ArticleId.Value)];
    }

    private static Article Italian() => Story("zembla-squalifica", "it", "Zembla, sei mesi per Marr", "La federazione di Zembla ha squalificato Ivo Marr per sei mesi dopo la partita contro Ostland.");

    private static Article English() => Story("zembla-calendar", "en", "Zembla publishes its calendar", "The Zembla federation published its calendar for the new season.");

    private static Article Story(string id, string language, string title, string body) =>
        new(new ArticleId(id), title, null, "Test Gazette", new DateOnly(2025, 3, 1), DateTimeOffset.UnixEpoch, "test", language, body, id, "test", null);

    private static async Task SaveAsync(SqliteKnowledgeStore store, Article article)
    {
        var vector = new float[384];
        vector[0] = 1;
        await store.SaveAsync(article, [new EmbeddedChunk(new Chunk(article.Id, 0, article.Body), vector, "test-model")], [], CancellationToken.None);
    }
}
