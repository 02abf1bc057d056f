namespace SportsBot.Core.Knowledge;

/// <summary>Cuts a normalised article into sentence-aligned, slightly overlapping passages.</summary>
public sealed class Chunker(ChunkingOptions options)
{
    /// <summary>Marks after which a long sentence may be cut: clauses end there more often than anywhere else.</summary>
    private static readonly char[] ClauseEnds = [',', ';', ':', ')'];

    public IReadOnlyList<Chunk> Split(ArticleId articleId, string normalizedBody)
    {
        var sentences = SentenceSplitter.Split(normalizedBody).SelectMany(SplitLongSentence);
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

    /// <summary>
    /// A "sentence" longer than a passage (a 5,000-word run-on, a list pasted without full stops) would otherwise be a
    /// passage of its own, far past what the model reads (256 tokens) and what a citation can quote. It is cut into
    /// pieces of at most <see cref="ChunkingOptions.TargetWords"/> words, at the last clause mark (comma, semicolon,
    /// colon, closing bracket or dash) in the second half of each piece, else between words.
    /// </summary>
    private IEnumerable<string> SplitLongSentence(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var max = options.TargetWords;
        if (words.Length <= max)
        {
            yield return sentence;
            yield break;
        }

        for (var start = 0; start < words.Length;)
        {
            var end = Math.Min(start + max, words.Length);
            if (end < words.Length)
            {
                for (var cut = end; cut > start + (max / 2); cut--)
                {
                    if (IsClauseEnd(words[cut - 1]))
                    {
                        end = cut;
                        break;
                    }
                }
            }

            yield return string.Join(' ', words[start..end]);
            start = end;
        }
    }

    private static bool IsClauseEnd(string word) => word is "—" or "–" or "-" || word.IndexOfAny(ClauseEnds) == word.Length - 1;

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
