namespace SportsBot.Core.Knowledge;

/// <summary>
/// The sentences an answer may quote from an article: those of its opening paragraph and of each of its chunks,
/// split as the answerer splits them, each once. Their vectors are made at ingest and stored with the article.
/// </summary>
public static class ArticleSentences
{
    public static IReadOnlyList<string> Of(string body, IEnumerable<string> chunkTexts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. new[] { body.Split('\n', 2)[0] }.Concat(chunkTexts).SelectMany(SentenceSplitter.Split).Where(seen.Add)];
    }
}
