using SportsBot.Core.Chat;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

/// <summary>How the chat core treats questions and commands, on the bundled knowledge base, platform-free.</summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class ChatServiceTests(BundledKnowledgeFixture fixture)
{
    private const string Question = "Can Belarusian athletes compete at Paris 2024?";

    private ChatScript NewChannel(bool direct = false) => new(fixture.Host.Get<ChatService>(), direct);

    /// <summary>
    /// Sends a message that must get exactly one reply, the Core's answer to <paramref name="question"/> with its
    /// sources; whatever the knowledge base says, a question answered is one the chat let through.
    /// </summary>
    private async Task AssertAnsweredAsync(ChatScript chat, ChatUser user, string text, string question = Question, bool mention = false)
    {
        var expected = await ExpectedAnswer.ForAsync(fixture.Host, question);
        var reply = Assert.Single(await chat.SayAsync(user, text, mention));
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(expected.Text, reply.Text);
        Assert.Equal(expected.Citations, reply.Citations);
    }

    [Fact]
    public async Task A_new_channel_answers_ask_and_mentions_but_not_unaddressed_messages()
    {
        var chat = NewChannel();

        Assert.Empty(await chat.SayAsync(ChatScript.Member("a"), Question));
        await AssertAnsweredAsync(chat, ChatScript.Member("b"), Question, mention: true);
        await AssertAnsweredAsync(chat, ChatScript.Member("c"), "/ask " + Question);
    }

    [Fact]
    public async Task Commands_only_mode_ignores_mentions_and_replies_but_answers_ask()
    {
        var chat = NewChannel();
        await chat.AskAsync(ChatScript.Admin(), "/config set mode commands-only");

        Assert.Empty(await chat.SayAsync(ChatScript.Member("a"), Question, mention: true));
        Assert.Empty(await chat.SayAsync(ChatScript.Member("b"), Question, replyTo: chat.ReplyToBot()));
        await AssertAnsweredAsync(chat, ChatScript.Member("c"), "/ask " + Question);
    }

    [Fact]
    public async Task All_questions_mode_answers_a_plain_question_but_not_chatter()
    {
        var chat = NewChannel();
        await chat.AskAsync(ChatScript.Admin(), "/config set mode all-questions");

        await AssertAnsweredAsync(chat, ChatScript.Member("a"), Question);
        Assert.Empty(await chat.SayAsync(ChatScript.Member("b"), "great match yesterday"));
        Assert.Empty(await chat.SayAsync(ChatScript.Member("c"), "lol"));
    }

    [Fact]
    public async Task In_a_direct_chat_every_message_is_a_question()
    {
        var chat = NewChannel(direct: true);

        await AssertAnsweredAsync(chat, ChatScript.Member(), Question);
    }

    [Fact]
    public async Task A_members_second_question_within_the_cooldown_is_told_once_and_the_third_is_ignored()
    {
        var chat = NewChannel();
        var fan = ChatScript.Member("quick");

        await AssertAnsweredAsync(chat, fan, "/ask " + Question);
        var told = await chat.AskAsync(fan, "/ask Are Russian players allowed at Wimbledon?");
        var third = await chat.SayAsync(fan, "/ask Why was the Russian Olympic Committee suspended?");

        Assert.Matches(@"please try again in \d+ s\.$", told);
        Assert.Empty(third);
        // Others in the channel are not held back by one member's cooldown.
        await AssertAnsweredAsync(chat, ChatScript.Member("patient"), "/ask " + Question);
    }

    [Fact]
    public async Task Moderators_and_admins_are_not_rate_limited()
    {
        var chat = NewChannel();
        var admin = ChatScript.Admin();

        for (var i = 0; i < 3; i++)
        {
            await AssertAnsweredAsync(chat, admin, "/ask " + Question);
        }
    }

    [Fact]
    public async Task A_reply_to_an_answer_is_a_follow_up_on_the_previous_question()
    {
        var chat = NewChannel();
        await chat.AskAsync(ChatScript.Member("a"), "/ask Are Russian players allowed at Wimbledon?");

        var followUp = await chat.SayAsync(ChatScript.Member("b"), "And since when?", replyTo: chat.ReplyToBot());

        var answer = Assert.Single(followUp);
        Assert.Equal(ReplyKind.Answer, answer.Kind);
        Assert.Equal("wimbledon-readmits-neutrals-2023-03", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task Sources_lists_every_source_of_the_last_answer_with_its_quote()
    {
        var chat = NewChannel();
        Assert.Contains("not answered a question in this channel", await chat.AskAsync(ChatScript.Member("a"), "/sources"));

        await chat.AskAsync(ChatScript.Member("b"), "/ask " + Question);
        var answer = chat.Replies.Last;
        var sources = Assert.Single(await chat.SayAsync(ChatScript.Member("c"), "/sources"));

        Assert.Equal(ReplyKind.Sources, sources.Kind);
        Assert.Contains(Question, sources.Text);
        Assert.Equal(answer.Citations.Select(c => c.ArticleId), sources.Citations.Select(c => c.ArticleId));
        Assert.All(sources.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Quote)));
    }

    [Fact]
    public async Task A_short_max_answer_length_cuts_at_a_sentence_and_keeps_only_the_sources_still_cited()
    {
        var chat = NewChannel();
        await chat.AskAsync(ChatScript.Admin(), "/config set max-answer-length 300");

        await chat.AskAsync(ChatScript.Member(), "/ask " + Question);
        var reply = chat.Replies.Last;

        Assert.True(reply.Text.Length <= 300, $"{reply.Text.Length} characters");
        Assert.EndsWith("[1] …", reply.Text);
        Assert.Equal([1], reply.Citations.Select(c => c.N));
        // /sources still has the whole answer.
        Assert.True((await chat.SayAsync(ChatScript.Member("b"), "/sources"))[0].Citations.Count > 1);
    }

    [Fact]
    public async Task Config_set_with_a_bad_value_explains_and_changes_nothing()
    {
        var chat = NewChannel();
        var admin = ChatScript.Admin();

        Assert.Equal("mode must be commands-only, mentions or all-questions.", await chat.AskAsync(admin, "/config set mode everything"));
        Assert.Contains("cooldown must be a whole number of seconds from 0 to 3600.", await chat.AskAsync(admin, "/config set cooldown -5"));
        Assert.Contains("There is no setting 'colour'.", await chat.AskAsync(admin, "/config set colour blue"));
        Assert.Null(await fixture.Host.Get<IChannelSettingsStore>().GetAsync(chat.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Config_show_lists_the_settings_and_recent_changes_for_admins()
    {
        var chat = NewChannel();
        var admin = ChatScript.Admin("boss");
        await chat.AskAsync(admin, "/config set cooldown 30");
        await chat.AskAsync(admin, "/config set language de");

        var shown = await chat.AskAsync(admin, "/config show");

        Assert.Contains("mode: mentions", shown);
        Assert.Contains("cooldown: 30 s between a member's questions", shown);
        Assert.Contains("language: de", shown);
        Assert.Contains("You are an admin here.", shown);
        Assert.Contains("Admin boss: config set cooldown=30", shown);
    }

    [Fact]
    public async Task Every_refusal_names_the_role_needed()
    {
        var chat = NewChannel();
        var member = ChatScript.Member();

        Assert.StartsWith("/kb add needs the moderator role; you are a member here.", await chat.AskAsync(member, "/kb add Some title\nSome text"));
        Assert.StartsWith("/kb remove needs the moderator role; you are a member here.", await chat.AskAsync(member, "/kb remove ioc-suspends-roc-2023-10"));
        Assert.StartsWith("/config set needs the admin role; you are a member here.", await chat.AskAsync(member, "/config set mode all-questions"));
    }

    [Fact]
    public async Task A_user_named_as_moderator_gets_moderator_rights_but_not_admin_rights()
    {
        var chat = NewChannel();
        await chat.AskAsync(ChatScript.Admin(), "/config set moderator-users @helper, 4242");
        var helper = ChatScript.Member("helper");
        var byId = ChatUser.Member("4242", "Numbered");

        Assert.Contains("You are a moderator here.", await chat.AskAsync(helper, "/config show"));
        Assert.Contains("You are a moderator here.", await chat.AskAsync(byId, "/config show"));
        Assert.StartsWith("/config disable needs the admin role; you are a moderator here.", await chat.AskAsync(helper, "/config disable"));
    }

    [Fact]
    public async Task A_platform_role_named_as_moderator_role_makes_its_holders_moderators()
    {
        var chat = NewChannel();
        await chat.AskAsync(ChatScript.Admin(), "/config set moderator-role Editors");
        var editor = new ChatUser(new UserId("e1"), "Editor", null, PlatformRole.Member, ["Fans", "editors"]);

        Assert.Contains("You are a moderator here.", await chat.AskAsync(editor, "/config show"));
    }

    [Fact]
    public async Task Help_shows_members_only_what_they_can_use()
    {
        var chat = NewChannel();

        var forMember = await chat.AskAsync(ChatScript.Member(), "/help");
        var forAdmin = await chat.AskAsync(ChatScript.Admin(), "/help");

        Assert.Contains("/ask <question>", forMember);
        Assert.DoesNotContain("/kb add", forMember);
        Assert.DoesNotContain("/config set", forMember);
        Assert.Contains("Moderators can also add, check, fix and remove articles", forMember);
        Assert.Contains("/kb add", forAdmin);
        Assert.Contains("/config set <key> <value>", forAdmin);
    }

    [Fact]
    public async Task An_unknown_command_is_ignored_in_a_group_and_explained_in_a_direct_chat()
    {
        Assert.Empty(await NewChannel().SayAsync(ChatScript.Member(), "/weather"));
        Assert.Equal("I don't know /weather. /help lists what I understand.", await NewChannel(direct: true).AskAsync(ChatScript.Member(), "/weather"));
    }

    [Fact]
    public async Task A_disabled_channel_stays_silent_except_for_config()
    {
        var chat = NewChannel();
        var admin = ChatScript.Admin();
        await chat.AskAsync(admin, "/config disable");

        Assert.Empty(await chat.SayAsync(ChatScript.Member(), "/ask " + Question));
        Assert.Empty(await chat.SayAsync(ChatScript.Member(), "/help"));
        Assert.Empty(await chat.SayAsync(admin, "/kb list"));
        Assert.Contains("enabled: no", await chat.AskAsync(admin, "/config show"));
    }
}
