namespace SportsBot.Tests.Infrastructure;

/// <summary>Hosts whose language model is a <see cref="FakeOpenAiServer"/>, reached through the real Semantic Kernel OpenAI connector.</summary>
public static class LlmTestHost
{
    public const string Model = "fake-model";

    public static Dictionary<string, string?> Settings(FakeOpenAiServer server, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = server.BaseUrl,
            ["Llm:Model"] = Model,
            // Generous: the fake model answers at once, but a CI machine running the suite on two cores can stall a request for seconds.
            ["Llm:TimeoutSeconds"] = "60",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>
    /// A second host over the bundled knowledge the fixture already indexed: starting it costs milliseconds, so each
    /// test can have its own model settings. It only reads the shared store (no folder sync).
    /// </summary>
    public static Task<TestHost> OverBundledKnowledgeAsync(BundledKnowledgeFixture fixture, FakeOpenAiServer server, IDictionary<string, string?>? extra = null)
    {
        var settings = Settings(server, extra);
        settings["Storage:DatabasePath"] = fixture.Host.DatabasePath;
        return TestHost.StartAsync(knowledgeDirectory: null, settings);
    }
}
