using SportsBot.Core.Chat;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

/// <summary>Channel settings, the audit log and recent answers live in the SQLite file and survive a restart.</summary>
public sealed class ChatPersistenceTests
{
    [Fact]
    public async Task Settings_and_audit_log_survive_a_restart()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = folder.File("chat.db") };
        ChannelKey key;

        await using (var first = await TestHost.StartAsync(null, settings))
        {
            var chat = new ChatScript(first.Get<ChatService>());
            key = chat.Key;
            await chat.AskAsync(ChatScript.Admin("owner"), "/config set mode all-questions");
            await chat.AskAsync(ChatScript.Admin("owner"), "/config disable");
        }

        await using var second = await TestHost.StartAsync(null, settings);
        var stored = await second.Get<IChannelSettingsStore>().GetAsync(key, CancellationToken.None);
        var audit = await second.Get<IAuditLog>().RecentAsync(key, 10, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(ChannelMode.AllQuestions, stored.Mode);
        Assert.False(stored.Enabled);
        Assert.Equal(["config disable", "config set"], audit.Select(a => a.Action));
        Assert.Equal("mode=all-questions", audit[1].Detail);
    }

    [Fact]
    public async Task Sources_and_follow_ups_work_on_an_answer_given_before_a_restart()
    {
        using var folder = new TempFolder();
        folder.Write("kb/ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = folder.File("chat.db") };
        var channel = new ChannelId("restart-test");
        var fan = ChatScript.Member("fan");
        RepliedMessage answerBeforeRestart;

        await using (var first = await TestHost.StartAsync(folder.File("kb"), settings))
        {
            var chat = new ChatScript(first.Get<ChatService>(), channel: channel);
            await chat.SayAsync(fan, "/ask Is Russia suspended from ice hockey?");
            answerBeforeRestart = chat.ReplyToBot();
        }

        await using var second = await TestHost.StartAsync(folder.File("kb"), settings);
        var after = new ChatScript(second.Get<ChatService>(), channel: channel);
        var sources = Assert.Single(await after.SayAsync(fan, "/sources"));
        await after.SayAsync(fan, "And since when?", replyTo: answerBeforeRestart);
        var followUpSources = Assert.Single(await after.SayAsync(fan, "/sources"));

        Assert.Equal(ReplyKind.Sources, sources.Kind);
        Assert.Contains("Is Russia suspended from ice hockey?", sources.Text);
        Assert.Equal("ban", Assert.Single(sources.Citations).ArticleId);
        Assert.Contains("Is Russia suspended from ice hockey? And since when?", followUpSources.Text);
    }
}
