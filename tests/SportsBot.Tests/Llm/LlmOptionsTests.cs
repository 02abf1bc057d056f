using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Llm;

/// <summary>A bad Llm or Embeddings section stops the program at start with a reason, not at the first question.</summary>
public sealed class LlmOptionsTests
{
    [Theory]
    [InlineData("OpenAI", "http://127.0.0.1:11434/v1", null, null, "Llm:Model is required")]
    [InlineData("OpenAI", "not a url", "llama3.1", null, "Llm:Endpoint must be an http(s) URL")]
    [InlineData("OpenAI", "https://api.openai.com/v1", "gpt-4o-mini", null, "Llm:ApiKey is required for api.openai.com")]
    [InlineData("AzureOpenAI", "https://example-resource.openai.azure.com", "my-deployment", null, "Llm:ApiKey is required")]
    [InlineData("AzureOpenAI", "https://api.openai.com/v1", "my-deployment", "key", "Azure OpenAI resource URL")]
    public async Task An_incomplete_llm_section_is_refused_at_start_with_the_reason(string provider, string endpoint, string? model, string? apiKey, string reason)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = provider,
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = model,
            ["Llm:ApiKey"] = apiKey,
        };

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(null, settings));

        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public async Task Without_an_llm_provider_answers_are_extractive()
    {
        await using var host = await TestHost.StartAsync(null);

        Assert.IsType<ExtractiveAnswerer>(host.Get<IAnswerer>());
        Assert.IsType<RuleBasedFollowUpRewriter>(host.Get<IFollowUpRewriter>());
    }

    [Fact]
    public async Task A_local_server_needs_no_api_key_and_the_model_writes_the_answers()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = "http://localhost:11434/v1",
            ["Llm:Model"] = "llama3.1",
        };

        await using var host = await TestHost.StartAsync(null, settings);

        Assert.IsType<LlmAnswerer>(host.Get<IAnswerer>());
        Assert.IsType<LlmFollowUpRewriter>(host.Get<IFollowUpRewriter>());
    }

    [Fact]
    public async Task An_openai_embeddings_section_without_a_key_for_api_openai_com_is_refused()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(null, new Dictionary<string, string?> { ["Embeddings:Provider"] = "OpenAI" }));

        Assert.Contains("Embeddings:ApiKey is required", ex.Message);
    }
}
