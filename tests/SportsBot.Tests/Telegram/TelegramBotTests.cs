using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Telegram;

/// <summary>What fans, moderators and admins see in a Telegram group, through the real client and a fake Bot API.</summary>
[Collection(TelegramCollection.Name)]
public sealed class TelegramBotTests(TelegramBotFixture fixture)
{
    /// <summary>A moderator's article as real news reads: several paragraphs, dated, with an outlet and a link.</summary>
    private const string ChessArticle = """
        ---
        title: FIDE lets Russian and Belarusian players compete under their own flags at the Chess Olympiad 2026
        url: https://example.org/chess?id=1&lang=en
        published: 2025-06-02
        source: Test Chess Wire
        ---
        The International Chess Federation (FIDE) decided on 2 June 2025 that Russian and Belarusian players may compete under their own flags at the Chess Olympiad 2026 in Tashkent. The FIDE Council said the decision ends the restrictions it imposed on both federations in 2022.

        Since March 2022 Russian and Belarusian chess players had taken part in FIDE events only as neutral players, without flags or anthems, and their national teams had been barred from the Chess Olympiad. The Russian Chess Federation had moved to the Asian Chess Federation in 2023.

        Under the new decision, teams from Russia and Belarus will be seeded at the Chess Olympiad 2026 according to their ratings. FIDE said players who publicly support the war in Ukraine could still be excluded after a review by its Ethics and Disciplinary Commission.

        The Ukrainian Chess Federation criticised the decision and said it would ask FIDE's General Assembly to reverse it. Several European federations said they would discuss whether to take part in the Chess Olympiad 2026 in Tashkent.
        """;

    private const string Question = "Can Belarusian athletes compete at Paris 2024?";

    private readonly FakeTelegramApi _api = fixture.Api;

    /// <summary>What the bot's Core answers to <paramref name="question"/> right now, for the chat to show.</summary>
    private Task<ExpectedAnswer> AnswerToAsync(string question) => ExpectedAnswer.ForAsync(fixture.Host, question);

    private async Task<SentMessage> SayAsync(TelegramChat chat, TelegramUser user, string text, int? replyTo = null, bool replyToBot = false, (string, byte[])? document = null)
    {
        var before = _api.CountIn(chat.Id);
        _api.Send(chat, user, text, replyTo, replyToBot, document: document);
        return await _api.WaitForMessageAsync(chat.Id, before);
    }

    [Fact]
    public async Task A_fans_ask_gets_a_cited_answer_replying_to_their_message_with_previews_off()
    {
        var chat = fixture.NewGroup();
        var fan = new TelegramUser(501, "Fan");

        var before = _api.CountIn(chat.Id);
        var asked = _api.Send(chat, fan, "/ask " + Question);
        var reply = await _api.WaitForMessageAsync(chat.Id, before);

        Assert.Equal(asked, reply.ReplyToMessageId);
        Assert.True(reply.LinkPreviewDisabled);
        TelegramAnswerAssert.Shows(await AnswerToAsync(Question), reply);
        Assert.Equal(1, _api.CountIn(chat.Id));
    }

    [Fact]
    public async Task The_command_menu_is_registered_at_start()
    {
        Assert.Contains("ask", _api.RegisteredCommands);
        Assert.Contains("kb", _api.RegisteredCommands);
        Assert.Contains("config", _api.RegisteredCommands);
        Assert.Contains(_api.Calls, c => c.Method == "setMyCommands" && c.Status == 200);
    }

    [Fact]
    public async Task A_members_kb_add_is_refused_with_the_role_named_and_changes_nothing()
    {
        var chat = fixture.NewGroup();
        var member = new TelegramUser(502, "Member");
        var articles = await fixture.Host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None);

        var reply = await SayAsync(chat, member, "/kb add " + ChessArticle);

        Assert.Contains("/kb add needs the moderator role; you are a member here.", reply.Text);
        Assert.Equal(articles, await fixture.Host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_moderators_kb_add_makes_the_next_answer_cite_the_new_article()
    {
        var chat = fixture.NewGroup();
        var admin = new TelegramUser(503, "Admin");
        var moderator = new TelegramUser(504, "Mod", "chess_mod");
        var fan = new TelegramUser(505, "Fan");
        _api.SetStatus(chat.Id, admin.Id, "creator");

        const string chessQuestion = "Can Russian players compete at the Chess Olympiad 2026?";
        var before = await SayAsync(chat, fan, "/ask " + chessQuestion);
        Assert.DoesNotContain("Chess Olympiad 2026", before.Text);

        var promoted = await SayAsync(chat, admin, "/config set moderator-users @chess_mod");
        Assert.Contains("moderator-users: @chess_mod", promoted.Text);

        var added = await SayAsync(chat, moderator, "/kb add " + ChessArticle);
        Assert.Contains("Added", added.Text);

        var answer = await SayAsync(chat, new TelegramUser(506, "Another fan"), "/ask " + chessQuestion);
        var expected = await AnswerToAsync(chessQuestion);
        TelegramAnswerAssert.Shows(expected, answer);
        Assert.Contains(expected.Citations, c => c.Url == "https://example.org/chess?id=1&lang=en");
        Assert.Contains("<a href=\"https://example.org/chess?id=1&amp;lang=en\">FIDE lets Russian and Belarusian players compete under their own flags at the Chess Olympiad 2026</a> — Test Chess Wire, 2 June 2025", answer.Text);
    }

    [Fact]
    public async Task An_admins_config_disable_silences_the_channel_and_config_enable_brings_it_back()
    {
        var chat = fixture.NewGroup();
        var admin = new TelegramUser(507, "Admin");
        var fan = new TelegramUser(508, "Fan");
        _api.SetStatus(chat.Id, admin.Id, "administrator");

        var off = await SayAsync(chat, admin, "/config disable");
        Assert.Contains("off in this channel", off.Text);

        // Updates are handled in order: if the question had been answered, that answer would come first.
        _api.Send(chat, fan, "/ask " + Question);
        var next = await SayAsync(chat, admin, "/config show");
        Assert.StartsWith("Settings of this channel:", next.Text);
        Assert.Contains("enabled: no", next.Text);

        var on = await SayAsync(chat, admin, "/config enable");
        Assert.Contains("on in this channel again", on.Text);
        var answer = await SayAsync(chat, fan, "/ask " + Question);
        TelegramAnswerAssert.Shows(await AnswerToAsync(Question), answer);
    }

    [Fact]
    public async Task A_member_cannot_switch_the_channel_off()
    {
        var chat = fixture.NewGroup();
        var reply = await SayAsync(chat, new TelegramUser(509, "Member"), "/config disable");

        Assert.Contains("/config disable needs the admin role; you are a member here.", reply.Text);
    }

    [Fact]
    public async Task Html_in_an_article_title_and_in_a_question_arrives_escaped()
    {
        var chat = fixture.NewGroup();
        var admin = new TelegramUser(510, "Admin");
        _api.SetStatus(chat.Id, admin.Id, "creator");
        const string article = """
            ---
            title: <b>Go</b> & <script>alert(1)</script> World Go Championship 2027 admits neutral players
            published: 2025-07-01
            source: Board <Games> Daily
            ---
            The International Go Federation said on 1 July 2025 that players from Russia and Belarus may take part in the World Go Championship 2027 in Seoul as neutral players, without flags or anthems. The federation said it would review the decision after one year.

            Russian and Belarusian Go players had been barred from the federation's events since March 2022. The federation said neutral players would have to sign a declaration that they do not support the war in Ukraine.

            The World Go Championship 2027 is expected to bring together players from more than 60 countries in Seoul. Korean and Chinese players have won every edition since 2010.
            """;

        var added = await SayAsync(chat, admin, "/kb add " + article);
        Assert.Contains("&lt;b&gt;Go&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;", added.Text);

        var answer = await SayAsync(chat, admin, "/ask Can players from Russia take part in the World Go Championship 2027 <i>now</i>?");
        Assert.Contains("[1] &lt;b&gt;Go&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; World Go Championship 2027 admits neutral players — Board &lt;Games&gt; Daily, 1 July 2025", answer.Text);
        Assert.DoesNotContain("<script>", answer.Text);

        var sources = await SayAsync(chat, admin, "/sources");
        Assert.Contains("&lt;i&gt;now&lt;/i&gt;", sources.Text);
        Assert.DoesNotContain("<i>now</i>", sources.Text);
    }

    [Fact]
    public async Task In_a_private_chat_every_message_is_a_question()
    {
        var fan = new TelegramUser(511, "Fan");
        var reply = await SayAsync(TelegramChat.Private(fan), fan, Question);

        TelegramAnswerAssert.Shows(await AnswerToAsync(Question), reply);
    }

    [Fact]
    public async Task In_a_group_a_mention_is_answered_and_other_chatter_and_other_bots_commands_are_not()
    {
        var chat = fixture.NewGroup();
        var fan = new TelegramUser(512, "Fan");
        var admin = new TelegramUser(513, "Admin");
        _api.SetStatus(chat.Id, admin.Id, "creator");

        _api.Send(chat, fan, Question);
        _api.Send(chat, fan, "/ask@SomeOtherBot " + Question);
        var next = await SayAsync(chat, admin, "/config show");
        Assert.StartsWith("Settings of this channel:", next.Text);

        // The mention is taken out of the question: "@bot can …" is asked as "can …".
        var mention = await SayAsync(chat, new TelegramUser(514, "Fan two"), $"@{FakeTelegramApi.BotUsername} can Belarusian athletes compete at Paris 2024?");
        TelegramAnswerAssert.Shows(await AnswerToAsync("can Belarusian athletes compete at Paris 2024?"), mention);

        var addressed = await SayAsync(chat, new TelegramUser(515, "Fan three"), $"/ask@{FakeTelegramApi.BotUsername} {Question}");
        TelegramAnswerAssert.Shows(await AnswerToAsync(Question), addressed);
    }

    [Fact]
    public async Task A_reply_to_the_bots_answer_is_answered_as_a_follow_up_to_its_question()
    {
        const string first = "Are Russian players allowed at Wimbledon?";
        const string followUp = "And since when?";
        var chat = fixture.NewGroup();
        var fan = new TelegramUser(516, "Fan");
        var answer = await SayAsync(chat, fan, "/ask " + first);
        TelegramAnswerAssert.Shows(await AnswerToAsync(first), answer);

        var reply = await SayAsync(chat, new TelegramUser(517, "Other fan"), followUp, replyTo: answer.MessageId, replyToBot: true);

        var expected = await ExpectedAnswer.ForFollowUpAsync(fixture.Host, first, followUp);
        TelegramAnswerAssert.Shows(expected, reply);
        Assert.Contains("Wimbledon", expected.Question);
        // Asked on its own, the same words get another reply: the reply was answered as a follow-up.
        var alone = await fixture.Host.Get<AnswerService>().AskAsync(followUp, CancellationToken.None);
        Assert.NotEqual(alone.Answer.Text, expected.Text);
    }

    [Fact]
    public async Task A_moderator_adds_an_attached_markdown_file()
    {
        var chat = fixture.NewGroup();
        var admin = new TelegramUser(518, "Admin");
        _api.SetStatus(chat.Id, admin.Id, "creator");
        const string file = """
            ---
            title: Curling federation keeps Russian teams out of the 2026 season
            published: 2025-05-20
            source: Test Ice Report
            ---
            The World Curling federation said on 20 May 2025 that teams from Russia will stay excluded from its events during the 2026 season. The federation's board said it would look at the question again in 2026.
            """;

        var reply = await SayAsync(chat, admin, "/kb add", document: ("curling.md", System.Text.Encoding.UTF8.GetBytes(file)));

        Assert.Contains("curling.md: Added \"Curling federation keeps Russian teams out of the 2026 season\"", reply.Plain);
        Assert.Contains(_api.Calls, c => c.Method == "getFile");
        var article = await fixture.Host.Get<IKnowledgeStore>().GetAsync(new ArticleId("curling"), CancellationToken.None);
        Assert.NotNull(article);
        Assert.StartsWith("telegram:518 (Admin)", article.AddedBy);
    }
}
