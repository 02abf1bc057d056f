namespace SportsBot.Core.Knowledge;

/// <summary>Cuts a normalised article into sentence-aligned, slightly overlapping passages.</summary>
public sealed class Chunker(ChunkingOptions options)
{
    public IReadOnlyList<Chunk> Split(ArticleId articleId, string normalizedBody)
    {
        var sentences = SentenceSplitter.Split(normalizedBody);
        var chunks = new List<Chunk>();
        var current = new List<string>();
        var words = 0;
        var newSinceLastChunk = 0;

        foreach (var sentence in sentences)
        {
            current.Add(sentence);
            words += WordCount(sentence);
            newSinceLastChunk++;
            if (words < options.TargetWords)
            {
                continue;
            }

            chunks.Add(new Chunk(articleId, chunks.Count, string.Join(' ', current)));
            var carried = current.TakeLast(Math.Min(options.OverlapSentences, current.Count - 1)).ToList();
            current = carried;
            words = carried.Sum(WordCount);
            newSinceLastChunk = 0;
        }

        // The tail becomes its own chunk only if it says something the previous chunk did not.
        if (newSinceLastChunk > 0 && current.Count > 0)
        {
            chunks.Add(new Chunk(articleId, chunks.Count, string.Join(' ', current)));
        }

        return chunks;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
