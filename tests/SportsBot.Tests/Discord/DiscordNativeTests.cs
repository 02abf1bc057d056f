using System.Text.Json.Nodes;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Discord;

/// <summary>
/// What makes the bot feel native on Discord, through the real adapter and the fake Discord: who sees which
/// commands, replies only the user sees, article ids offered while typing, and buttons under every answer.
/// Answers are checked for their citations and buttons, never for their wording.
/// </summary>
[Collection(DiscordCollection.Name)]
public sealed class DiscordNativeTests(DiscordBotFixture fixture)
{
    private const string Guild = DiscordBotFixture.GuildId;
    private static readonly string Mention = $"<@{FakeDiscord.BotId}>";

    private readonly FakeDiscord _discord = fixture.Discord;

    private static JsonArray Sub(string name, params (string Name, object Value)[] values) =>
        [new JsonObject
        {
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["name"] = v.Name, ["type"] = v.Value is int ? 4 : 3, ["value"] = JsonValue.Create(v.Value) })]),
        }];

    private async Task<DiscordPost> AskByMentionAsync(string channel, string question)
    {
        var before = _discord.CountIn(channel);
        await _discord.SendMessageAsync(channel, Guild, fixture.NewUser("Fan"), $"{Mention} {question}");
        return await _discord.WaitForPostAsync(channel, before);
    }

    private static JsonObject Command(JsonArray commands, string name) =>
        commands.OfType<JsonObject>().First(c => c["name"]!.GetValue<string>() == name);

    private static JsonObject Option(JsonObject command, string sub, string option) =>
        command["options"]!.AsArray().OfType<JsonObject>().First(s => s["name"]!.GetValue<string>() == sub)["options"]!.AsArray()
            .OfType<JsonObject>().First(o => o["name"]!.GetValue<string>() == option);

    [Fact]
    public void Config_needs_manage_server_while_kb_stays_visible_with_article_ids_offered_as_you_type()
    {
        var commands = _discord.Registered!.Value.Commands;

        Assert.Equal("32", Command(commands, "config")["default_member_permissions"]!.GetValue<string>());
        Assert.Null(Command(commands, "kb")["default_member_permissions"]);
        Assert.Null(Command(commands, "ask")["default_member_permissions"]);
        foreach (var sub in new[] { "show", "edit", "remove" })
        {
            Assert.True(Option(Command(commands, "kb"), sub, "id")["autocomplete"]!.GetValue<bool>(), $"/kb {sub} id");
        }
    }

    [Fact]
    public async Task A_members_refusal_is_shown_to_them_alone_while_an_answer_stays_public_with_its_buttons()
    {
        var channel = fixture.NewChannel();
        var member = fixture.NewUser("Member");

        var refusedToken = await _discord.InvokeAsync(channel, Guild, member, DiscordBotFixture.MemberPermissions, "kb", Sub("remove", ("id", "#1")));
        var refused = await _discord.WaitForPostAsync(refusedToken, 0);
        var askToken = await _discord.InvokeAsync(channel, Guild, member, DiscordBotFixture.MemberPermissions, "ask", [new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "Can Belarusian athletes compete at Paris 2024?" }]);
        var answer = await _discord.WaitForPostAsync(askToken, 0);

        Assert.True((await _discord.WaitForCallbackAsync(refusedToken)).Ephemeral);
        Assert.True(refused.Ephemeral);
        Assert.Contains("/kb remove needs the moderator role; you are a member here.", refused.Content);
        Assert.False((await _discord.WaitForCallbackAsync(askToken)).Ephemeral);
        Assert.False(answer.Ephemeral);
        Assert.NotEmpty(answer.Fields);
        Assert.Equal([("👍", ReplyActions.Helpful), ("👎", ReplyActions.Unhelpful), ("Sources", ReplyActions.Sources)], answer.Buttons);
    }

    [Fact]
    public async Task A_cooldown_notice_on_a_public_ask_replaces_thinking_with_a_message_only_the_member_sees()
    {
        var channel = fixture.NewChannel();
        var fan = fixture.NewUser("Quick fan");
        var question = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "Can Belarusian athletes compete at Paris 2024?" });

        await _discord.WaitForPostAsync(await _discord.InvokeAsync(channel, Guild, fan, DiscordBotFixture.MemberPermissions, "ask", question), 0);
        var token = await _discord.InvokeAsync(channel, Guild, fan, DiscordBotFixture.MemberPermissions, "ask", (JsonArray)question.DeepClone());
        var notice = await _discord.WaitForPostAsync(token, 0);

        Assert.Equal("followup", notice.Kind);
        Assert.True(notice.Ephemeral);
        Assert.Matches(@"^You are asking faster than this channel allows; please try again in \d+ s\.$", notice.Content);
        Assert.Contains(_discord.Calls, c => c.Method == "DELETE" && c.Path.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_offers_articles_whose_titles_match_newest_first_within_discords_limits()
    {
        var channel = fixture.NewChannel();
        var moderator = fixture.NewUser("Moderator");

        var all = await _discord.WaitForCallbackAsync(await _discord.AutocompleteAsync(channel, Guild, moderator, DiscordBotFixture.ManagerPermissions, "kb", "show", "id", string.Empty));
        var paris = await _discord.WaitForCallbackAsync(await _discord.AutocompleteAsync(channel, Guild, moderator, DiscordBotFixture.ManagerPermissions, "kb", "remove", "id", "paris"));

        Assert.Equal(8, all.Type);
        Assert.Equal(25, all.Choices.Count);
        Assert.All(all.Choices.Concat(paris.Choices), c =>
        {
            Assert.InRange(c.Name.Length, 1, 100);
            Assert.Matches(@"^#\d+$", c.Value);
        });
        Assert.NotEmpty(paris.Choices);

        // Each value leads to an article with the word in its title (the shown name may be cut), newest first.
        var lookup = fixture.Host.Get<ArticleLookup>();
        var offered = new List<Article>();
        foreach (var choice in paris.Choices)
        {
            offered.Add((await lookup.FindAsync(choice.Value, CancellationToken.None))!.Value.Article);
        }

        Assert.All(offered, a => Assert.Contains("paris", a.Title, StringComparison.OrdinalIgnoreCase));
        var dates = offered.Select(a => a.Published).ToList();
        Assert.Equal(dates.OrderByDescending(d => d.HasValue).ThenByDescending(d => d), dates);
    }

    [Fact]
    public async Task A_thumbs_down_opens_a_form_and_the_complaint_is_shown_in_kb_gaps()
    {
        var channel = fixture.NewChannel();
        var fan = fixture.NewUser("Critic");
        var answer = await AskByMentionAsync(channel, "Why was the Russian Olympic Committee suspended?");

        var pressToken = await _discord.PressAsync(channel, Guild, fan, DiscordBotFixture.MemberPermissions, answer.MessageId, ReplyActions.Unhelpful);
        var form = await _discord.WaitForCallbackAsync(pressToken);
        var submitToken = await _discord.SubmitFormAsync(channel, Guild, fan, DiscordBotFixture.MemberPermissions, answer.MessageId, form.Body["data"]!["custom_id"]!.GetValue<string>(), "The suspension ended in 2024");
        var thanks = await _discord.WaitForPostAsync(submitToken, 0);
        var gapsToken = await _discord.InvokeAsync(channel, Guild, fixture.NewUser("Admin"), DiscordBotFixture.ManagerPermissions, "kb", Sub("gaps"));
        var gaps = await _discord.WaitForPostAsync(gapsToken, 0);

        Assert.Equal(9, form.Type);
        Assert.InRange(form.Body["data"]!["title"]!.GetValue<string>().Length, 1, 45);
        Assert.True(thanks.Ephemeral);
        Assert.Equal("Thanks, the moderators will see that.", thanks.Content);
        Assert.True(gaps.Ephemeral);
        Assert.Contains("\"Why was the Russian Olympic Committee suspended?\" — 1 person · 👎 1×", gaps.Content);
        Assert.Contains("👎 \"The suspension ended in 2024\"", gaps.Content);
    }

    [Fact]
    public async Task The_sources_button_shows_the_sources_to_the_presser_alone_and_an_old_answer_gets_a_note()
    {
        var channel = fixture.NewChannel();
        var answer = await AskByMentionAsync(channel, "Can Belarusian athletes compete at Paris 2024?");
        var reader = fixture.NewUser("Reader");

        var sourcesToken = await _discord.PressAsync(channel, Guild, reader, DiscordBotFixture.MemberPermissions, answer.MessageId, ReplyActions.Sources);
        var sources = await _discord.WaitForPostAsync(sourcesToken, 0);
        var oldToken = await _discord.PressAsync(channel, Guild, reader, DiscordBotFixture.MemberPermissions, "1", ReplyActions.Helpful);
        var old = await _discord.WaitForPostAsync(oldToken, 0);

        Assert.Equal("response", sources.Kind);
        Assert.True(sources.Ephemeral);
        Assert.NotEmpty(sources.Fields);
        Assert.Contains(sources.Fields, f => f.Value.Contains("\n> ", StringComparison.Ordinal));
        Assert.True(old.Ephemeral);
        Assert.StartsWith("That answer is older than my memory", old.Content);
    }
}
