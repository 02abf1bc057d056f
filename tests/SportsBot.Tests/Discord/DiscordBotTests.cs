using System.Text;
using System.Text.Json.Nodes;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Knowledge;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Discord;

/// <summary>What members, moderators and admins see in a Discord server, through the real adapter and a fake Discord.</summary>
[Collection(DiscordCollection.Name)]
public sealed class DiscordBotTests(DiscordBotFixture fixture)
{
    private const string Question = "Can Belarusian athletes compete at Paris 2024?";
    private const string Guild = DiscordBotFixture.GuildId;
    private static readonly string Mention = $"<@{FakeDiscord.BotId}>";

    /// <summary>A moderator's article: dated, with an outlet and a link.</summary>
    private const string CurlingArticle = """
        ---
        title: Curling federation keeps Russian teams out of the 2026 season
        url: https://example.org/curling?id=7&lang=en
        published: 2025-05-20
        source: Test Ice Report
        ---
        The World Curling federation said on 20 May 2025 that teams from Russia will stay excluded from its events during the 2026 season. The federation's board said it would look at the question again in 2026.
        """;

    private readonly FakeDiscord _discord = fixture.Discord;

    /// <summary>What the bot's Core answers to <paramref name="question"/> right now, for the channel to show.</summary>
    private Task<ExpectedAnswer> AnswerToAsync(string question = Question) => ExpectedAnswer.ForAsync(fixture.Host, question);

    private async Task<DiscordPost> SayAsync(string channel, DiscordTestUser user, string text, string? guild = Guild, (string, string, string)? replyTo = null, (string, byte[])? file = null)
    {
        var before = _discord.CountIn(channel);
        await _discord.SendMessageAsync(channel, guild, user, text, replyTo, file);
        return await _discord.WaitForPostAsync(channel, before);
    }

    private async Task<(DiscordPost Post, string Token)> InvokeAsync(string channel, DiscordTestUser user, ulong permissions, string command, JsonArray? options = null, (string, byte[])? file = null)
    {
        var token = await _discord.InvokeAsync(channel, Guild, user, permissions, command, options, file);
        return (await _discord.WaitForPostAsync(token, 0), token);
    }

    private static JsonArray Sub(string name, params (string Name, object Value)[] values) =>
        [new JsonObject { ["name"] = name, ["type"] = 1, ["options"] = Values(values) }];

    private static JsonArray Values(params (string Name, object Value)[] values) =>
        [.. values.Select(v => (JsonNode)new JsonObject { ["name"] = v.Name, ["type"] = v.Value is int ? 4 : 3, ["value"] = JsonValue.Create(v.Value) })];

    [Fact]
    public async Task A_mention_gets_a_cited_answer_as_an_embed_replying_to_it_with_mentions_disabled()
    {
        var channel = fixture.NewChannel();
        var before = _discord.CountIn(channel);
        var asked = await _discord.SendMessageAsync(channel, Guild, fixture.NewUser("Fan"), $"{Mention} {Question}");
        var answer = await _discord.WaitForPostAsync(channel, before);

        Assert.Equal(asked, answer.ReplyTo);
        Assert.True(answer.MentionsDisabled, answer.Body.ToJsonString());
        DiscordAnswerAssert.Shows(await AnswerToAsync(), answer);
        Assert.Equal(1, _discord.CountIn(channel));
    }

    [Fact]
    public async Task An_ask_command_is_deferred_at_once_and_answered_by_editing_the_original_response()
    {
        var (answer, token) = await InvokeAsync(fixture.NewChannel(), fixture.NewUser("Fan"), DiscordBotFixture.MemberPermissions, "ask", Values(("question", Question)));

        var calls = _discord.Calls.Where(c => c.Path.Contains(token, StringComparison.Ordinal)).ToList();
        Assert.Equal(["POST", "PATCH"], calls.Select(c => c.Method));
        Assert.EndsWith("/callback", calls[0].Path);
        Assert.Equal(5, calls[0].Body!["type"]!.GetValue<int>());
        Assert.EndsWith("/messages/@original", calls[1].Path);
        Assert.Equal("original", answer.Kind);
        DiscordAnswerAssert.Shows(await AnswerToAsync(), answer);
    }

    [Fact]
    public async Task A_members_kb_add_is_refused_with_the_role_named_and_changes_nothing()
    {
        var articles = await fixture.Host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None);

        var (reply, _) = await InvokeAsync(
            fixture.NewChannel(),
            fixture.NewUser("Member"),
            DiscordBotFixture.MemberPermissions,
            "kb",
            Sub("add", ("text", "Curling federation keeps Russian teams out. The World Curling federation said on 20 May 2025 that teams from Russia stay excluded.")));

        Assert.Contains("/kb add needs the moderator role; you are a member here.", reply.Content);
        Assert.True(reply.MentionsDisabled);
        Assert.Equal(articles, await fixture.Host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Admins_by_a_manage_server_role_name_a_moderator_role_whose_members_add_an_attached_article()
    {
        var channel = fixture.NewChannel();
        var manager = fixture.NewUser("Manager", DiscordBotFixture.ServerManagersRole);
        var checker = fixture.NewUser("Checker", DiscordBotFixture.FactCheckersRole);

        // A message carries no permissions: Manage Server comes from the guild's roles, read over REST.
        var changed = await SayAsync(channel, manager, $"{Mention} /config set moderator-role Fact checkers");
        Assert.Contains("Changed. moderator-role: Fact checkers", changed.Content);
        Assert.Contains(_discord.Calls, c => c is { Method: "GET", Path: $"guilds/{Guild}" });

        var (added, _) = await InvokeAsync(channel, checker, DiscordBotFixture.MemberPermissions, "kb", Sub("add"), ("curling.md", Encoding.UTF8.GetBytes(CurlingArticle)));
        Assert.Contains("curling.md: Added \"Curling federation keeps Russian teams out of the 2026 season\"", added.Content);
        var article = await fixture.Host.Get<IKnowledgeStore>().GetAsync(new ArticleId("curling"), CancellationToken.None);
        Assert.NotNull(article);
        Assert.StartsWith($"discord:{checker.Id} (Checker)", article.AddedBy);

        var answer = await SayAsync(channel, fixture.NewUser("Fan"), $"{Mention} Are Russian curling teams allowed in the 2026 season?");
        var cited = Assert.Single(answer.Fields, f => f.Name.EndsWith("] Curling federation keeps Russian teams out of the 2026 season", StringComparison.Ordinal));
        Assert.Equal("Test Ice Report, 20 May 2025 · [example.org](https://example.org/curling?id=7&lang=en)", cited.Value);
    }

    [Fact]
    public async Task A_member_cannot_switch_the_channel_off_and_an_admins_disable_silences_it_until_enabled()
    {
        var channel = fixture.NewChannel();
        var fan = fixture.NewUser("Fan");
        var admin = fixture.NewUser("Admin");

        var (refused, _) = await InvokeAsync(channel, fan, DiscordBotFixture.MemberPermissions, "config", Sub("disable"));
        Assert.Contains("/config disable needs the admin role; you are a member here.", refused.Content);

        var (off, _) = await InvokeAsync(channel, admin, DiscordBotFixture.ManagerPermissions, "config", Sub("disable"));
        Assert.Contains("off in this channel", off.Content);

        // Nothing to say: the deferred "thinking…" response is removed rather than left spinning.
        var silenced = await _discord.InvokeAsync(channel, Guild, fan, DiscordBotFixture.MemberPermissions, "ask", Values(("question", Question)));
        await Eventually.TrueAsync(() => _discord.Calls.Any(c => c.Method == "DELETE" && c.Path.Contains(silenced, StringComparison.Ordinal)), "the deferred response to be deleted");
        Assert.Equal(0, _discord.CountIn(silenced));

        var (on, _) = await InvokeAsync(channel, admin, DiscordBotFixture.ManagerPermissions, "config", Sub("enable"));
        Assert.Contains("on in this channel again", on.Content);
        var (answer, _) = await InvokeAsync(channel, fan, DiscordBotFixture.MemberPermissions, "ask", Values(("question", Question)));
        DiscordAnswerAssert.Shows(await AnswerToAsync(), answer);
    }

    [Fact]
    public async Task Config_set_by_slash_command_takes_its_values_in_order_whatever_order_they_were_typed_in()
    {
        var channel = fixture.NewChannel();
        var options = new JsonArray(new JsonObject
        {
            ["name"] = "set",
            ["type"] = 1,
            ["options"] = new JsonArray(
                new JsonObject { ["name"] = "value", ["type"] = 3, ["value"] = "all-questions" },
                new JsonObject { ["name"] = "key", ["type"] = 3, ["value"] = "mode" }),
        });

        var (reply, _) = await InvokeAsync(channel, fixture.NewUser("Admin"), DiscordBotFixture.ManagerPermissions, "config", options);
        Assert.Contains("Changed. mode: all-questions", reply.Content);

        // Now a plain question, with no mention, is answered too.
        var answer = await SayAsync(channel, fixture.NewUser("Fan"), Question);
        DiscordAnswerAssert.Shows(await AnswerToAsync(), answer);
    }

    [Fact]
    public async Task In_mentions_mode_chatter_is_ignored_and_a_reply_to_the_bots_answer_is_answered_as_a_follow_up()
    {
        const string wimbledon = "Are Russian players allowed at Wimbledon?";
        const string followUp = "And since when?";
        var channel = fixture.NewChannel();
        var fan = fixture.NewUser("Fan");

        // Messages are handled in order: had the chatter been answered, that answer would be the first post.
        await _discord.SendMessageAsync(channel, Guild, fan, wimbledon);
        var mentioned = await _discord.SendMessageAsync(channel, Guild, fixture.NewUser("Other fan"), $"{Mention} {wimbledon}");
        var first = await _discord.WaitForPostAsync(channel, 0);
        Assert.Equal(mentioned, first.ReplyTo);
        DiscordAnswerAssert.Shows(await AnswerToAsync(wimbledon), first);

        var reply = await SayAsync(channel, fan, followUp, replyTo: (first.MessageId, FakeDiscord.BotId, first.Description!));

        var expected = await ExpectedAnswer.ForFollowUpAsync(fixture.Host, wimbledon, followUp);
        DiscordAnswerAssert.Shows(expected, reply);
        Assert.Contains("Wimbledon", expected.Question);
        // Asked on its own, the same words get another reply: the reply was answered as a follow-up.
        var alone = await fixture.Host.Get<AnswerService>().AskAsync(followUp, CancellationToken.None);
        Assert.NotEqual(alone.Answer.Text, expected.Text);
    }

    [Fact]
    public async Task In_a_direct_message_every_message_is_a_question()
    {
        var channel = fixture.NewChannel();
        var answer = await SayAsync(channel, fixture.NewUser("Fan"), Question, guild: null);

        DiscordAnswerAssert.Shows(await AnswerToAsync(), answer);
    }

    [Fact]
    public async Task Sources_and_help_answer_as_slash_commands()
    {
        var channel = fixture.NewChannel();
        var fan = fixture.NewUser("Fan");
        await InvokeAsync(channel, fan, DiscordBotFixture.MemberPermissions, "ask", Values(("question", Question)));

        var (sources, _) = await InvokeAsync(channel, fan, DiscordBotFixture.MemberPermissions, "sources");
        Assert.StartsWith("Sources of my last answer here", sources.Description);
        Assert.Contains(sources.Fields, f => f.Value.Contains("\n> ", StringComparison.Ordinal));

        var (help, _) = await InvokeAsync(channel, fan, DiscordBotFixture.MemberPermissions, "help");
        Assert.StartsWith("I answer questions about sport and politics", help.Content);
    }

    [Fact]
    public async Task Slash_commands_are_registered_in_the_configured_guild_with_every_subcommand()
    {
        var (path, commands) = _discord.Registered!.Value;
        Assert.Equal($"applications/{FakeDiscord.ApplicationId}/guilds/{Guild}/commands", path);

        var names = commands.Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.All(CommandCatalog.Menu, m => Assert.Contains(m.Name, names));
        Assert.Equal(["list", "search", "show", "add", "edit", "remove", "gaps", "feed", "stale"], Subcommands(commands, "kb"));
        Assert.Equal(["show", "enable", "disable", "set"], Subcommands(commands, "config"));
        Assert.All(Flatten(commands), o =>
        {
            Assert.Matches("^[a-z]{1,32}$", o["name"]!.GetValue<string>());
            Assert.InRange(o["description"]!.GetValue<string>().Length, 1, 100);
        });
    }

    /// <summary>Every command, subcommand and option.</summary>
    private static IEnumerable<JsonObject> Flatten(JsonArray items) =>
        items.OfType<JsonObject>().SelectMany(o => new[] { o }.Concat(o["options"] is JsonArray inner ? Flatten(inner) : []));

    private static List<string> Subcommands(JsonArray commands, string name) =>
        [.. commands.First(c => c!["name"]!.GetValue<string>() == name)!["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>())];
}
