namespace SportsBot.Infrastructure.Embeddings;

/// <summary>How a model's per-token output becomes one sentence vector: each model was trained with one of these.</summary>
internal enum SentencePooling
{
    /// <summary>The mean of the tokens the attention mask keeps (all-MiniLM-L6-v2).</summary>
    MeanOfTokens,

    /// <summary>The first token's output, the [CLS] position (arctic-embed).</summary>
    FirstToken,
}
