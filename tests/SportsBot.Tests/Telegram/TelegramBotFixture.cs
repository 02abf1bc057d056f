using SportsBot.Tests.Infrastructure;
using SportsBot.Telegram;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// The bundled knowledge base indexed once, the fake Bot API, and the real Telegram adapter polling it, shared
/// by the tests of the <see cref="TelegramCollection"/>. Every test talks in chats of its own.
/// </summary>
public sealed class TelegramBotFixture : IAsyncLifetime
{
    private TestHost? _host;
    private FakeTelegramApi? _api;
    private long _nextChat = 100;

    public TestHost Host => _host ?? throw new InvalidOperationException("Fixture not initialised.");

    public FakeTelegramApi Api => _api ?? throw new InvalidOperationException("Fixture not initialised.");

    public static Dictionary<string, string?> Settings(FakeTelegramApi api) => new()
    {
        ["Telegram:Token"] = FakeTelegramApi.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:PollTimeoutSeconds"] = "2",
        ["Telegram:BackoffInitialMilliseconds"] = "50",
        ["Telegram:BackoffMaxSeconds"] = "1",
    };

    /// <summary>A group chat no other test uses, so settings, memory and rate limits start fresh.</summary>
    public TelegramChat NewGroup() => TelegramChat.Group(Interlocked.Increment(ref _nextChat));

    public async Task InitializeAsync()
    {
        _api = await FakeTelegramApi.StartAsync();
        _host = await TestHost.StartAsync(BundledKnowledgeFixture.KnowledgeDirectory, Settings(_api));
        await _host.Get<TelegramPollingService>().StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.Get<TelegramPollingService>().StopAsync(CancellationToken.None);
            await _host.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
