using SportsBot.Core.Answering;
using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// What a story's chunks and sentences are embedded as. The embedding model reads English, and barely bridges other
/// languages, so a story in another language is embedded as its reading through the glossary of its language
/// ("squalificato … dopo la partita" as "banned … after the match"): an English question then finds it by meaning
/// too, not only by the names it shares with English stories, and its sentences are as close to the question as
/// the answer rules, which judge that reading, take them to be.
/// </summary>
public sealed class EnglishReadings(ISourceGlossary glossary)
{
    /// <summary>A chunk's story title and its text, read in English.</summary>
    public string ForChunk(Article article, Chunk chunk) => $"{Read(article, article.Title)}. {Read(article, chunk.Text)}";

    /// <summary>The story's quotable sentences, read in English; a sentence's vector is stored and found by this text.</summary>
    public IReadOnlyList<string> ForSentences(Article article) => [.. ArticleSentences.Quotable(article.Body).Select(s => Read(article, s))];

    /// <summary>The text as the answer rules read it: in another language, through its glossary, when there is one.</summary>
    public string Read(Article article, string text) => Read(article.Language, text);

    /// <summary>The text of a story in <paramref name="language"/> (ISO 639-1) as the answer rules read it.</summary>
    public string Read(string language, string text) =>
        LanguageNames.IsEnglish(language) ? text : glossary.ToEnglishWords(text, language) ?? text;
}
