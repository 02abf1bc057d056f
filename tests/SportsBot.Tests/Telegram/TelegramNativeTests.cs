using SportsBot.Core.Chat;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// What makes the bot feel native on Telegram, through the real client and the fake Bot API: buttons under
/// answers, menus per scope, and admin commands from a private chat. Answers are checked for their buttons and
/// sources, never for their wording.
/// </summary>
[Collection(TelegramCollection.Name)]
public sealed class TelegramNativeTests(TelegramBotFixture fixture)
{
    private readonly FakeTelegramApi _api = fixture.Api;

    private async Task<SentMessage> SayAsync(TelegramChat chat, TelegramUser user, string text, int? replyTo = null, bool replyToBot = false)
    {
        var before = _api.CountIn(chat.Id);
        _api.Send(chat, user, text, replyTo, replyToBot);
        return await _api.WaitForMessageAsync(chat.Id, before);
    }

    [Fact]
    public async Task A_thumbs_down_is_answered_recorded_and_asks_the_presser_what_was_wrong()
    {
        var chat = fixture.NewGroup();
        var critic = new TelegramUser(530, "Critic");
        var admin = new TelegramUser(531, "Admin");
        _api.SetStatus(chat.Id, admin.Id, "creator");

        var answer = await SayAsync(chat, critic, "/ask Why was the Russian Olympic Committee suspended by the IOC?");
        var before = _api.CountIn(chat.Id);
        var query = _api.Press(chat, critic, answer.MessageId, ReplyActions.Unhelpful);
        var prompt = await _api.WaitForMessageAsync(chat.Id, before);
        var popUp = await _api.WaitForCallbackAnswerAsync(query);
        var thanks = await SayAsync(chat, critic, "The suspension ended in 2024", replyTo: prompt.MessageId, replyToBot: true);
        var gaps = await SayAsync(chat, admin, "/kb gaps");

        Assert.Equal([("👍", ReplyActions.Helpful), ("👎", ReplyActions.Unhelpful), ("Sources", ReplyActions.Sources)], answer.Buttons);
        Assert.Null(popUp);
        Assert.True(prompt.ForceReply);
        Assert.Equal(answer.MessageId, prompt.ReplyToMessageId);
        Assert.StartsWith("<a href=\"tg://user?id=530\">Critic</a>, what was wrong with this answer?", prompt.Text);
        Assert.Equal("Thanks, the moderators will see that.", thanks.Text);
        Assert.Contains("\"Why was the Russian Olympic Committee suspended by the IOC?\" — 1 person · ", gaps.Plain);
        Assert.Contains("👎 1×", gaps.Text);
        Assert.Contains("👎 \"The suspension ended in 2024\"", gaps.Plain);
    }

    [Fact]
    public async Task Sources_sends_the_source_list_as_a_reply_and_a_press_on_a_forgotten_answer_pops_up_a_note()
    {
        var chat = fixture.NewGroup();
        var reader = new TelegramUser(532, "Reader");
        var answer = await SayAsync(chat, reader, "/ask Can Belarusian athletes compete at Paris 2024?");

        var before = _api.CountIn(chat.Id);
        var sourcesQuery = _api.Press(chat, reader, answer.MessageId, ReplyActions.Sources);
        var sources = await _api.WaitForMessageAsync(chat.Id, before);
        var oldQuery = _api.Press(chat, reader, 1, ReplyActions.Helpful);

        Assert.Null(await _api.WaitForCallbackAnswerAsync(sourcesQuery));
        Assert.Equal(answer.MessageId, sources.ReplyToMessageId);
        Assert.StartsWith("Sources of this answer", sources.Text);
        Assert.Contains("<i>", sources.Text);
        Assert.StartsWith("That answer is older than my memory", await _api.WaitForCallbackAnswerAsync(oldQuery));
    }

    [Fact]
    public void Members_see_the_member_commands_and_admins_see_them_all()
    {
        var menus = _api.CommandsByScope;

        Assert.Equal(["ask", "sources", "kb", "help"], menus["all_group_chats"]);
        Assert.Equal(["ask", "sources", "kb", "config", "help"], menus["all_chat_administrators"]);
        Assert.Contains("config", menus["default"]);
    }

    [Fact]
    public async Task Config_sent_in_private_asks_which_group_and_changes_the_one_chosen_while_a_demoted_admin_is_refused()
    {
        var group = fixture.NewGroup();
        var admin = new TelegramUser(533, "Ana");
        var former = new TelegramUser(534, "Bo");
        _api.SetStatus(group.Id, admin.Id, "administrator");
        _api.SetStatus(group.Id, former.Id, "administrator");
        await SayAsync(group, admin, "/config show");
        await SayAsync(group, former, "/config show");

        var asked = await SayAsync(TelegramChat.Private(admin), admin, "/config set mode all-questions");
        var before = _api.CountIn(admin.Id);
        var query = _api.Press(TelegramChat.Private(admin), admin, asked.MessageId, asked.Buttons[0].Data);
        var changed = await _api.WaitForMessageAsync(admin.Id, before);
        await _api.WaitForCallbackAnswerAsync(query);
        var answered = await SayAsync(group, new TelegramUser(535, "Fan"), "Can Belarusian athletes compete at Paris 2024?");

        Assert.Equal("Which group is /config set for? These are the groups where I have seen you as an admin.", asked.Text);
        Assert.Equal(group.Title, Assert.Single(asked.Buttons).Text);
        Assert.StartsWith($"{group.Title}: Changed. mode: all-questions", changed.Text);
        Assert.Contains("<b>Sources</b>", answered.Text);

        var offered = await SayAsync(TelegramChat.Private(former), former, "/config disable");
        _api.SetStatus(group.Id, former.Id, "member");
        var refused = _api.Press(TelegramChat.Private(former), former, offered.MessageId, offered.Buttons[0].Data);
        Assert.Equal($"You are not an admin of {group.Title} any more, so I can't do that there.", await _api.WaitForCallbackAnswerAsync(refused));
    }

    [Fact]
    public async Task Kb_edit_changes_a_date_that_the_next_answer_shows()
    {
        var chat = fixture.NewGroup();
        var moderator = new TelegramUser(536, "Mod");
        _api.SetStatus(chat.Id, moderator.Id, "creator");
        const string article = """
            ---
            title: World Archery keeps Russian archers out of the 2025 world championships
            published: 2025-03-03
            source: Test Arrow News
            ---
            World Archery said on 3 March 2025 that Russian and Belarusian archers remain excluded from the 2025 world archery championships in Gwangju. The federation's executive board said it would review the exclusion after the championships.
            """;

        var added = await SayAsync(chat, moderator, "/kb add " + article);
        var number = Captured.From(@"as (#\d+)", added.Text);
        var edited = await SayAsync(chat, moderator, $"/kb edit {number} date 2025-03-10");
        var answer = await SayAsync(chat, new TelegramUser(537, "Fan"), "/ask Are Russian archers excluded from the 2025 world archery championships?");

        Assert.Contains("date: 10 March 2025 (was 3 March 2025)", edited.Text);
        Assert.Contains("World Archery keeps Russian archers out of the 2025 world championships — Test Arrow News, 10 March 2025", answer.Text);
    }
}
