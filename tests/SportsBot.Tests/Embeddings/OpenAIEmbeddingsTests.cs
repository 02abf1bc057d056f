using System.Numerics.Tensors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Embeddings;

/// <summary><c>Embeddings:Provider = OpenAI</c> through the real OpenAI client against a fake embeddings endpoint.</summary>
public sealed class OpenAIEmbeddingsTests : IDisposable
{
    private readonly FakeOpenAiServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_OpenAI_provider_embeds_through_the_configured_endpoint_and_names_its_model()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "OpenAI",
            ["Embeddings:Endpoint"] = _server.BaseUrl,
            ["Embeddings:Model"] = "fake-embed",
            ["Embeddings:ApiKey"] = "test-key",
        }).Build();
        await using var services = new ServiceCollection().AddSportsBotInfrastructure(configuration).BuildServiceProvider();

        var embedder = services.GetRequiredService<IEmbedder>();
        var vectors = await embedder.EmbedAsync(["Can Belarusians compete?", "Wimbledon readmits neutrals"], CancellationToken.None);

        Assert.EndsWith(":fake-embed", embedder.ModelName);
        Assert.DoesNotContain("MiniLM", embedder.ModelName);
        Assert.Equal(2, vectors.Length);
        Assert.All(vectors, v => Assert.Equal(FakeOpenAiServer.EmbeddingDimensions, v.Length));
        Assert.All(vectors, v => Assert.Equal(1f, TensorPrimitives.Norm(v), 3));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal("fake-embed", request.Body["model"]!.GetValue<string>());
        Assert.Equal("Bearer test-key", request.Authorization);
    }
}
