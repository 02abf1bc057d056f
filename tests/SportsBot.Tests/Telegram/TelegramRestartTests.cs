using SportsBot.Tests.Infrastructure;
using SportsBot.Telegram;

namespace SportsBot.Tests.Telegram;

/// <summary>The update offset lives in the SQLite file, so a restarted bot neither re-answers nor loses messages.</summary>
[Collection(TelegramCollection.Name)]
public sealed class TelegramRestartTests
{
    [Fact]
    public async Task After_a_restart_nothing_is_answered_twice_and_new_messages_are_answered()
    {
        await using var api = await FakeTelegramApi.StartAsync();
        api.KeepConfirmedUpdates = true;
        using var folder = new TempFolder();
        var settings = TelegramBotFixture.Settings(api);
        settings["Storage:DatabasePath"] = folder.File("bot.db");
        var chat = TelegramChat.Group(700);
        var fan = new TelegramUser(701, "Fan");

        await using (var first = await TestHost.StartAsync(null, settings))
        {
            var bot = first.Get<TelegramPollingService>();
            await bot.StartAsync(CancellationToken.None);
            api.Send(chat, fan, "/help");
            await api.WaitForMessageAsync(chat.Id, 0);
            await bot.StopAsync(CancellationToken.None);
        }

        // A fake that forgets nothing: only the saved offset keeps the restarted bot from seeing /help again.
        api.Send(chat, new TelegramUser(702, "Late fan"), "/kb list");
        await using (var second = await TestHost.StartAsync(null, settings))
        {
            var bot = second.Get<TelegramPollingService>();
            await bot.StartAsync(CancellationToken.None);
            var reply = await api.WaitForMessageAsync(chat.Id, 1);
            await bot.StopAsync(CancellationToken.None);

            Assert.Contains("knowledge base is empty", reply.Text);
        }

        Assert.Equal(2, api.CountIn(chat.Id));
        Assert.Single(api.Sent, m => m.Text.StartsWith("I answer questions", StringComparison.Ordinal));
    }
}
