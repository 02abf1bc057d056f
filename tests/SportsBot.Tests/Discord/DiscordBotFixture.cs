using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Discord;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Discord;

/// <summary>
/// The bundled knowledge base indexed once, the fake Discord, and the real Discord adapter connected to it,
/// shared by the tests of the <see cref="DiscordCollection"/>. Every test talks in channels of its own.
/// </summary>
public sealed class DiscordBotFixture : IAsyncLifetime
{
    public const string GuildId = "700000000000000001";
    public const string OwnerId = "700000000000000002";
    public const string FactCheckersRole = "710000000000000001";
    public const string ServerManagersRole = "710000000000000002";

    /// <summary>View Channel and Send Messages: what an ordinary member has.</summary>
    public const ulong MemberPermissions = 1024 | 2048;

    /// <summary>A member's permissions plus Manage Server.</summary>
    public const ulong ManagerPermissions = MemberPermissions | 32;

    private TestHost? _host;
    private FakeDiscord? _discord;
    private long _nextChannel = 800_000_000_000_000_000;
    private long _nextUser = 600_000_000_000_000_000;

    public TestHost Host => _host ?? throw new InvalidOperationException("Fixture not initialised.");

    public FakeDiscord Discord => _discord ?? throw new InvalidOperationException("Fixture not initialised.");

    public static Dictionary<string, string?> Settings(FakeDiscord discord) => new()
    {
        ["Discord:Token"] = FakeDiscord.Token,
        ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        ["Discord:GuildId"] = GuildId,
        ["Discord:BackoffInitialMilliseconds"] = "50",
        ["Discord:BackoffMaxSeconds"] = "1",
        ["Discord:InvalidSessionMinDelayMilliseconds"] = "50",
        ["Discord:InvalidSessionMaxDelayMilliseconds"] = "150",
        ["Discord:ConnectTimeoutSeconds"] = "10",
        ["Discord:RequestTimeoutSeconds"] = "10",
    };

    /// <summary>A channel no other test uses, so settings, memory and rate limits start fresh.</summary>
    public string NewChannel() => Interlocked.Increment(ref _nextChannel).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public DiscordTestUser NewUser(string name, params string[] roles) =>
        new(Interlocked.Increment(ref _nextUser).ToString(System.Globalization.CultureInfo.InvariantCulture), name, roles);

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _discord.SetGuild(
            GuildId,
            OwnerId,
            (GuildId, "@everyone", MemberPermissions),
            (FactCheckersRole, "Fact checkers", MemberPermissions),
            (ServerManagersRole, "Server managers", 32));
        var log = new LogCapture();
        _discord.BotLog = () => string.Join(Environment.NewLine, log.Lines.TakeLast(30));
        _host = await TestHost.StartAsync(BundledKnowledgeFixture.KnowledgeDirectory, Settings(_discord), services => services.AddLogging(logging => logging
            .AddProvider(log)
            .AddFilter<LogCapture>("SportsBot.Discord", LogLevel.Information)));
        await _host.Get<DiscordBotService>().StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(
            () => _discord.Gateway.ReadyConnection is not null && _discord.Registered is not null,
            $"the bot to identify and register its commands",
            TimeSpan.FromSeconds(20),
            () => $"Calls: {string.Join(", ", _discord.Calls.Select(c => $"{c.Method} {c.Path} {c.Status}"))}; frames: {string.Join(", ", _discord.Gateway.Frames.Select(f => $"{f.Connection}:{f.Op}"))}; bot: {_host.Get<DiscordBotService>().ExecuteTask?.Exception}");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.Get<DiscordBotService>().StopAsync(CancellationToken.None);
            await _host.DisposeAsync();
        }

        if (_discord is not null)
        {
            await _discord.DisposeAsync();
        }
    }
}
