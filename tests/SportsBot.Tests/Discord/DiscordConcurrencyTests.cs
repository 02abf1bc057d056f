using SportsBot.Discord;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Discord;

/// <summary>A busy Discord server with a slow language model: other channels are answered while one waits, each channel in order.</summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class DiscordConcurrencyTests(BundledKnowledgeFixture knowledge) : IAsyncLifetime
{
    private const string ModelAnswer = "As of 8 December 2023, athletes with Belarusian passports may compete at Paris 2024 as Individual Neutral Athletes [1].";
    private static readonly string Mention = $"<@{FakeDiscord.BotId}> ";

    private readonly FakeOpenAiServer _llm = new();
    private FakeDiscord? _discord;
    private TestHost? _host;

    private FakeDiscord Discord => _discord!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _discord.SetGuild(DiscordBotFixture.GuildId, DiscordBotFixture.OwnerId, (DiscordBotFixture.GuildId, "@everyone", DiscordBotFixture.MemberPermissions));
        var settings = DiscordBotFixture.Settings(_discord);
        settings["Chat:DefaultCooldownSeconds"] = "0";
        _host = await LlmTestHost.OverBundledKnowledgeAsync(knowledge, _llm, settings);
        await _host.Get<DiscordBotService>().StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => _discord.Gateway.ReadyConnection is not null && _discord.Registered is not null, "the bot to identify and register its commands");
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

        _llm.Dispose();
    }

    [Fact]
    public async Task A_channel_is_answered_while_another_channels_answer_is_still_being_written_and_each_channel_keeps_its_order()
    {
        var slowModel = new TaskCompletionSource();
        _llm.ReplyWhen(slowModel.Task, ModelAnswer);
        _llm.ReplyToAllAfter(TimeSpan.Zero, ModelAnswer);
        const string waiting = "810000000000000001";
        const string other = "810000000000000002";
        var asked = new List<string>();
        try
        {
            asked.Add(await Discord.SendMessageAsync(waiting, DiscordBotFixture.GuildId, new DiscordTestUser("820000000000000001", "Patient fan", []), Mention + "Can Belarusian athletes compete at Paris 2024?"));
            await Eventually.TrueAsync(() => _llm.ChatRequests.Count == 1, "the first question to reach the model");
            asked.Add(await Discord.SendMessageAsync(waiting, DiscordBotFixture.GuildId, new DiscordTestUser("820000000000000002", "Next fan", []), Mention + "Are Russian players allowed at Wimbledon?"));
            var otherQuestion = await Discord.SendMessageAsync(other, DiscordBotFixture.GuildId, new DiscordTestUser("820000000000000003", "Other fan", []), Mention + "Why was the Russian Olympic Committee suspended?");

            var answer = await Discord.WaitForPostAsync(other, 0);

            // What the answer says is the answer tests' business; here it only matters that it came, and first.
            Assert.Equal(otherQuestion, answer.ReplyTo);
            Assert.StartsWith("As of ", answer.Description);
            Assert.Equal(0, Discord.CountIn(waiting));
        }
        finally
        {
            slowModel.TrySetResult();
        }

        await Discord.WaitForPostAsync(waiting, 1);
        Assert.Equal(asked, Discord.Posts.Where(p => p.Target == waiting).Select(p => p.ReplyTo));
    }
}
