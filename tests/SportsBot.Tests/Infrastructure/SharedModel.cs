using Microsoft.Extensions.AI;
using SportsBot.Infrastructure.Embeddings;

namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// The real MiniLM model, loaded once per test run: loading costs about a second and every fixture needs it.
/// Tests inject it into their hosts in place of a fresh instance; it is the same model the product uses.
/// </summary>
public static class SharedModel
{
    private static readonly Lazy<LocalEmbeddingGenerator> Instance = new(() => LocalEmbeddingGenerator.MiniLm(new EmbeddingsOptions().EffectiveModelDirectory));

    public static IEmbeddingGenerator<string, Embedding<float>> Generator => Instance.Value;
}
