using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Knowledge;

public sealed class ChunkerTests
{
    private static readonly ArticleId Id = new("a");

    private static string Sentence(int i) => $"Sentence number {i} reports one more fact about the sanctions and the athletes involved.";

    [Fact]
    public void Chunks_end_on_sentence_boundaries_and_stay_near_the_target_size()
    {
        var body = string.Join(' ', Enumerable.Range(1, 30).Select(Sentence));
        var chunks = new Chunker(new ChunkingOptions { TargetWords = 40, OverlapSentences = 1 }).Split(Id, body);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, c =>
        {
            Assert.EndsWith("involved.", c.Text);
            Assert.InRange(c.Text.Split(' ').Length, 10, 40 + 15);
        });
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void Consecutive_chunks_share_one_sentence_so_no_fact_is_cut_off()
    {
        var body = string.Join(' ', Enumerable.Range(1, 12).Select(Sentence));
        var chunks = new Chunker(new ChunkingOptions { TargetWords = 40, OverlapSentences = 1 }).Split(Id, body);

        for (var i = 1; i < chunks.Count; i++)
        {
            var lastOfPrevious = SentenceSplitter.Split(chunks[i - 1].Text)[^1];
            Assert.StartsWith(lastOfPrevious, chunks[i].Text);
        }
    }

    [Fact]
    public void Every_sentence_of_the_article_is_in_some_chunk()
    {
        var body = string.Join(' ', Enumerable.Range(1, 17).Select(Sentence));
        var chunks = new Chunker(new ChunkingOptions()).Split(Id, body);

        Assert.All(Enumerable.Range(1, 17), i => Assert.Contains(chunks, c => c.Text.Contains(Sentence(i))));
    }

    [Fact]
    public void A_short_article_is_one_chunk()
    {
        var chunks = new Chunker(new ChunkingOptions()).Split(Id, "Only one short sentence here.");

        Assert.Equal("Only one short sentence here.", Assert.Single(chunks).Text);
    }
}
