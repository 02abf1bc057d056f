using SportsBot.Tests.Infrastructure;
using SportsBot.Telegram;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// The real Telegram adapter polling a fake Bot API of its own, answering from the bundled knowledge with a fake
/// language model (through the real Semantic Kernel connector) whose speed each test sets.
/// </summary>
public sealed class TelegramLlmBot : IAsyncDisposable
{
    private TelegramLlmBot(FakeOpenAiServer llm, FakeTelegramApi api, TestHost host)
    {
        Llm = llm;
        Api = api;
        Host = host;
    }

    public FakeOpenAiServer Llm { get; }

    public FakeTelegramApi Api { get; }

    public TestHost Host { get; }

    /// <param name="settings">Chat:MaxConcurrentMessages and the like; members' cooldown is off unless set.</param>
    public static async Task<TelegramLlmBot> StartAsync(BundledKnowledgeFixture knowledge, IDictionary<string, string?>? settings = null)
    {
        var llm = new FakeOpenAiServer();
        var api = await FakeTelegramApi.StartAsync();
        var all = TelegramBotFixture.Settings(api);
        all["Chat:DefaultCooldownSeconds"] = "0";
        all["Llm:TimeoutSeconds"] = "60";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = await LlmTestHost.OverBundledKnowledgeAsync(knowledge, llm, all);
        await host.Get<TelegramPollingService>().StartAsync(CancellationToken.None);
        return new TelegramLlmBot(llm, api, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.Get<TelegramPollingService>().StopAsync(CancellationToken.None);
        await Host.DisposeAsync();
        await Api.DisposeAsync();
        Llm.Dispose();
    }
}
