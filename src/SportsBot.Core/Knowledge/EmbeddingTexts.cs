using SportsBot.Core.Answering;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// The text a chunk is embedded as: its story's title and its text. The embedding model reads English, and barely
/// bridges other languages, so a story in another language is embedded as its reading through the glossary of its
/// language ("squalificato … dopo la partita" as "banned … after the match"); an English question then finds it
/// by meaning too, not only by the names it shares with English stories.
/// </summary>
public sealed class EmbeddingTexts(ISourceGlossary glossary)
{
    public string ForChunk(Article article, Chunk chunk) =>
        LanguageNames.IsEnglish(article.Language)
            ? $"{article.Title}. {chunk.Text}"
            : $"{glossary.ToEnglishWords(article.Title, article.Language) ?? article.Title}. {glossary.ToEnglishWords(chunk.Text, article.Language) ?? chunk.Text}";
}
