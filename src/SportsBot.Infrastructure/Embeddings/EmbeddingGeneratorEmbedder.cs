using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>Adapts any Microsoft.Extensions.AI embedding generator to Core's <see cref="IEmbedder"/>, normalising to unit length.</summary>
public sealed class EmbeddingGeneratorEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, IOptions<EmbeddingsOptions> options) : IEmbedder
{
    private readonly EmbeddingGeneratorMetadata? _metadata = generator.GetService<EmbeddingGeneratorMetadata>();

    public string ModelName => $"{_metadata?.ProviderName ?? "unknown"}:{_metadata?.DefaultModelId ?? "default"}";

    public int Dimensions => _metadata?.DefaultModelDimensions ?? 0;

    public async Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken) =>
        (await EmbedAsync([options.Value.EffectiveQueryPrefix + question], cancellationToken))[0];

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
        return embeddings.Select(e =>
        {
            var v = e.Vector.ToArray();
            var norm = TensorPrimitives.Norm(v);
            if (norm > 0 && Math.Abs(norm - 1) > 1e-3)
            {
                TensorPrimitives.Divide(v, norm, v);
            }

            return v;
        }).ToArray();
    }
}
