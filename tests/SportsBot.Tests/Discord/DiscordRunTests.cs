using Microsoft.Extensions.DependencyInjection;
using SportsBot.Cli;
using SportsBot.Discord;
using SportsBot.Telegram;
using SportsBot.Tests.Infrastructure;
using SportsBot.Tests.Telegram;

namespace SportsBot.Tests.Discord;

/// <summary>
/// The run verb when Discord refuses the bot (gateway close code 4004): one clear line, the Discord adapter stops,
/// and the rest of the program keeps answering; with nothing left to answer on, it exits with a failure.
/// </summary>
public sealed class DiscordRunTests : IDisposable
{
    private const string Refusal = "Discord stopped: Discord refused the bot token (gateway close code 4004, authentication failed); check Discord:Token.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task When_discord_refuses_the_token_telegram_keeps_answering_and_the_reason_is_said_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Gateway.IdentifyCloseCode = 4004;
        await using var telegram = await FakeTelegramApi.StartAsync();
        var error = new SharedWriter();
        using var stop = new CancellationTokenSource();

        var run = RunAsync(discord, telegram, error, stop.Token);
        await Eventually.TrueAsync(() => error.ToString().Contains("Discord stopped", StringComparison.Ordinal) || run.IsCompleted, "Discord to stop");
        Assert.False(run.IsCompleted, $"run ended when only Discord had stopped: {error}");

        var chat = TelegramChat.Group(4242);
        telegram.Send(chat, new TelegramUser(4243, "Fan"), "/help");
        var reply = await telegram.WaitForMessageAsync(chat.Id, 0);
        Assert.StartsWith("I answer questions", reply.Text);
        Assert.False(run.IsCompleted);

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Failure, await run);
        var output = error.ToString();
        Assert.Contains(Refusal + " Still answering on Telegram.", output);
        Assert.Single(output.Split('\n'), line => line.Contains("4004", StringComparison.Ordinal));
        // Refused for good: it identified once and did not keep retrying.
        Assert.Single(discord.Gateway.Frames, f => f.Op == 2);
    }

    [Fact]
    public async Task When_discord_is_the_only_platform_and_refuses_the_token_run_exits_with_the_reason()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Gateway.IdentifyCloseCode = 4004;
        var error = new SharedWriter();

        var exitCode = await RunAsync(discord, telegram: null, error, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains(Refusal, error.ToString());
        Assert.DoesNotContain("Still answering", error.ToString());
    }

    [Fact]
    public async Task A_token_pasted_with_its_bot_prefix_is_refused_at_start_with_the_setting_named()
    {
        var error = new SharedWriter();
        var console = new CliConsole(new StringReader(string.Empty), TextWriter.Null, error.Writer, IsInteractive: false);

        var exitCode = await SportsBotCli.RunAsync(
            ["ask", "Can Belarusian athletes compete at Paris 2024?", "--db", _folder.File("bot.db"), "--knowledge", _folder.Path],
            console,
            services =>
            {
                TestHost.UseSharedModel(services);
                services.PostConfigure<DiscordOptions>(o => o.Token = "Bot " + FakeDiscord.Token);
            },
            CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("Configuration error: Discord:Token does not look like a bot token", error.ToString());
        Assert.DoesNotContain(FakeDiscord.Token, error.ToString());
    }

    private Task<int> RunAsync(FakeDiscord discord, FakeTelegramApi? telegram, SharedWriter error, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder.File("kb"));
        var console = new CliConsole(new StringReader(string.Empty), TextWriter.Null, error.Writer, IsInteractive: false);
        return SportsBotCli.RunAsync(
            ["run", "--db", _folder.File("bot.db"), "--knowledge", _folder.File("kb")],
            console,
            services =>
            {
                TestHost.UseSharedModel(services);
                services.PostConfigure<DiscordOptions>(o =>
                {
                    o.Token = FakeDiscord.Token;
                    o.ApiBaseUrl = discord.ApiBaseUrl;
                    o.BackoffInitialMilliseconds = 50;
                });
                if (telegram is not null)
                {
                    services.PostConfigure<TelegramOptions>(o =>
                    {
                        o.Token = FakeTelegramApi.Token;
                        o.ApiBaseUrl = telegram.BaseUrl;
                        o.PollTimeoutSeconds = 1;
                    });
                }
            },
            cancellationToken);
    }

    /// <summary>stderr of a run that is still going: written by the program, read by the test.</summary>
    private sealed class SharedWriter
    {
        private readonly StringWriter _inner = new();

        public SharedWriter() => Writer = TextWriter.Synchronized(_inner);

        public TextWriter Writer { get; }

        public override string ToString()
        {
            // The synchronized writer locks on itself.
            lock (Writer)
            {
                return _inner.ToString();
            }
        }
    }
}
