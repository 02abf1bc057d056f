using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>An OpenAI-compatible embeddings endpoint as a Microsoft.Extensions.AI generator (the OpenAI SDK retries 429 and 5xx itself).</summary>
public static class OpenAIEmbeddingGeneratorFactory
{
    /// <summary>Local servers ignore the key, but the SDK insists on one.</summary>
    private const string NoKey = "no-key";

    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingsOptions options)
    {
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey),
            new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint), NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds) });
        return client.GetEmbeddingClient(options.Model).AsIEmbeddingGenerator();
    }
}
