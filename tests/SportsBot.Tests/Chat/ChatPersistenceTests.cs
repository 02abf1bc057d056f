using SportsBot.Core.Chat;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

/// <summary>Channel settings and the audit log live in the SQLite file and survive a restart.</summary>
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
}
