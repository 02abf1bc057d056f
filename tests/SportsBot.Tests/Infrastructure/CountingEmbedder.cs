using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Embeddings;

namespace SportsBot.Tests.Infrastructure;

/// <summary>The shared real model, counting what it is asked to embed.</summary>
public sealed class CountingEmbedder : IEmbedder
{
    private readonly EmbeddingGeneratorEmbedder _inner = new(SharedModel.Generator, Options.Create(new EmbeddingsOptions()));
    private int _calls;
    private int _texts;

    public string ModelName => _inner.ModelName;

    public int Dimensions => _inner.Dimensions;

    public int Calls => _calls;

    public int Texts => _texts;

    public void Reset()
    {
        _calls = 0;
        _texts = 0;
    }

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _texts, texts.Count);
        return _inner.EmbedAsync(texts, cancellationToken);
    }

    public Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _texts);
        return _inner.EmbedQueryAsync(question, cancellationToken);
    }
}
