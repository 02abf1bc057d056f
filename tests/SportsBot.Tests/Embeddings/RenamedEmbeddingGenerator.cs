using Microsoft.Extensions.AI;

namespace SportsBot.Tests.Embeddings;

/// <summary>The shared MiniLM model under another model id: to the store it is a different embedding model.</summary>
public sealed class RenamedEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, string modelId) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata = new("MiniLM", defaultModelId: modelId, defaultModelDimensions: 384);

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return inner.GenerateAsync(values, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata : inner.GetService(serviceType, serviceKey);

    /// <summary>The inner model is shared by every test; it is not this wrapper's to dispose.</summary>
    public void Dispose()
    {
    }
}
