using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Knowledge;

public sealed class LongSentenceChunkingTests
{
    private static readonly ArticleId Id = new("a");

    private static readonly ChunkingOptions Options = new() { TargetWords = 70, OverlapSentences = 1 };

    [Fact]
    public void A_five_thousand_word_sentence_becomes_passages_of_passage_size_that_keep_every_word()
    {
        var words = Enumerable.Range(1, 5_000).Select(i => $"w{i}").ToList();
        var chunks = new Chunker(Options).Split(Id, string.Join(' ', words) + ".");

        Assert.True(chunks.Count > 50);
        Assert.All(chunks, c => Assert.InRange(c.Text.Split(' ').Length, 1, 2 * Options.TargetWords));
        Assert.All(chunks, c => Assert.True(c.Text.Length < 1_200, $"a passage of {c.Text.Length} characters"));
        var kept = chunks.SelectMany(c => c.Text.TrimEnd('.').Split(' ')).ToHashSet();
        Assert.All(words, w => Assert.Contains(w, kept));
    }

    [Fact]
    public void A_long_sentence_is_cut_after_its_clauses_where_it_has_them()
    {
        var clause = "the federation said that athletes with neutral status may take part in its events under strict conditions,";
        var sentence = "In a long statement " + string.Join(' ', Enumerable.Repeat(clause, 40)) + " and that was all.";

        var chunks = new Chunker(Options).Split(Id, sentence);

        Assert.True(chunks.Count > 5);
        Assert.All(chunks.SkipLast(1), c => Assert.EndsWith(",", c.Text));
    }
}
