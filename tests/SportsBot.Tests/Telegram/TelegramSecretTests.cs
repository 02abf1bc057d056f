using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Tests.Discord;
using SportsBot.Tests.Infrastructure;
using SportsBot.Telegram;

namespace SportsBot.Tests.Telegram;

/// <summary>The bot token is in every Bot API path; a server that echoes the path in its errors must not put it in the logs.</summary>
public sealed class TelegramSecretTests
{
    [Fact]
    public async Task Errors_that_echo_the_request_path_are_logged_without_the_token()
    {
        await using var api = await FakeTelegramApi.StartAsync();
        var logs = new LogCapture();
        var chat = TelegramChat.Group(8801);
        api.Fail("getUpdates", 502, "Bad Gateway: no upstream for POST {path}", count: 2);
        api.Fail("getChatMember", 400, "Bad Request: cannot route {path}");
        api.Fail("sendMessage", 403, "Forbidden: bot was kicked (request {path})", chatId: chat.Id);
        await using var host = await TestHost.StartAsync(knowledgeDirectory: null, TelegramBotFixture.Settings(api), services => services.AddLogging(logging => logging
            .AddProvider(logs)
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter("System.Net.Http", LogLevel.Trace)));
        var bot = host.Get<TelegramPollingService>();
        await bot.StartAsync(CancellationToken.None);
        try
        {
            api.Send(chat, new TelegramUser(8802, "Fan"), "/ask Can Belarusian athletes compete at Paris 2024?");
            await Eventually.TrueAsync(() => logs.Lines.Any(l => l.Contains("Forbidden: bot was kicked", StringComparison.Ordinal)), "the refused reply to be logged");
        }
        finally
        {
            await bot.StopAsync(CancellationToken.None);
        }

        // The errors are there, with their paths, so the check below is about what they say and not about silence.
        Assert.Contains(logs.Lines, l => l.Contains("Bad Gateway: no upstream for POST /bot<token>/getUpdates", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Bad Request: cannot route /bot<token>/getChatMember", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("TEST-fake-token", StringComparison.Ordinal));
    }
}
