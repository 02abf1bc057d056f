using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>A retrieved article as sent to the model: its number, and the chunks of it that fit the budget.</summary>
/// <param name="Text">The chunks in the article's own order, possibly cut to fit.</param>
public sealed record PromptSource(int N, RetrievedPassage Passage, IReadOnlyList<StoredChunk> Chunks, string Text)
{
    public Article Article => Passage.Article;
}
