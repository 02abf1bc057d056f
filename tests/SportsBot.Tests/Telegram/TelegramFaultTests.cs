using System.Globalization;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Tests.Discord;
using SportsBot.Tests.Infrastructure;
using SportsBot.Telegram;

namespace SportsBot.Tests.Telegram;

/// <summary>Telegram on a bad day: flood control, gateway errors, a chat that no longer accepts the bot.</summary>
[Collection(TelegramCollection.Name)]
public sealed class TelegramFaultTests(TelegramBotFixture fixture)
{
    private const string Asked = "Can Belarusian athletes compete at Paris 2024?";
    private const string Question = "/ask " + Asked;
    private readonly FakeTelegramApi _api = fixture.Api;

    private Task<ExpectedAnswer> AnswerAsync() => ExpectedAnswer.ForAsync(fixture.Host, Asked);

    [Fact]
    public async Task A_429_is_honoured_by_waiting_retry_after_and_the_answer_is_delivered_once()
    {
        var chat = fixture.NewGroup();
        _api.Fail("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: chat.Id);

        _api.Send(chat, new TelegramUser(601, "Fan"), Question);
        var answer = await _api.WaitForMessageAsync(chat.Id, 0);

        TelegramAnswerAssert.Shows(await AnswerAsync(), answer);
        var attempts = _api.Calls.Where(c => c.Method == "sendMessage" && c.ChatId == chat.Id).ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        // The bot may wait longer than Telegram asked, never less.
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.Equal(1, _api.CountIn(chat.Id));
    }

    [Fact]
    public async Task Gateway_errors_while_polling_are_retried_and_the_next_question_is_answered()
    {
        var chat = fixture.NewGroup();
        var failedBefore = FailedPolls();
        _api.Fail("getUpdates", 502, "Bad Gateway", count: 2, htmlBody: true);
        _api.Fail("getUpdates", 500, "Internal Server Error");

        // The question is asked only once the bot has met all three errors, so it must have kept polling after them.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (FailedPolls() < failedBefore + 3 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(failedBefore + 3, FailedPolls());
        _api.Send(chat, new TelegramUser(602, "Fan"), Question);
        var answer = await _api.WaitForMessageAsync(chat.Id, 0);

        TelegramAnswerAssert.Shows(await AnswerAsync(), answer);
    }

    private int FailedPolls() => _api.Calls.Count(c => c.Method == "getUpdates" && c.Status >= 500);

    [Fact]
    public async Task An_update_that_fails_does_not_stop_the_next_one()
    {
        var kickedFrom = fixture.NewGroup();
        var stillHere = fixture.NewGroup();
        _api.Fail("sendMessage", 403, "Forbidden: bot was kicked from the group chat", chatId: kickedFrom.Id);

        _api.Send(kickedFrom, new TelegramUser(603, "Fan"), Question);
        _api.Send(stillHere, new TelegramUser(604, "Fan"), Question);
        var answer = await _api.WaitForMessageAsync(stillHere.Id, 0);
        await Eventually.TrueAsync(() => _api.Calls.Any(c => c.Method == "sendMessage" && c.ChatId == kickedFrom.Id), "the reply in the group the bot was kicked from");

        TelegramAnswerAssert.Shows(await AnswerAsync(), answer);
        // A 403 is final: tried once, not retried, and nothing was delivered there.
        Assert.Single(_api.Calls, c => c.Method == "sendMessage" && c.ChatId == kickedFrom.Id);
        Assert.Equal(0, _api.CountIn(kickedFrom.Id));
    }

    [Fact]
    public async Task A_members_second_question_within_the_cooldown_is_told_once_when_to_try_again()
    {
        var chat = fixture.NewGroup();
        var fan = new TelegramUser(605, "Quick fan");
        var admin = new TelegramUser(606, "Admin");
        _api.SetStatus(chat.Id, admin.Id, "creator");

        _api.Send(chat, fan, Question);
        _api.Send(chat, fan, "/ask Are Russian players allowed at Wimbledon?");
        _api.Send(chat, fan, "/ask Why was the Russian Olympic Committee suspended?");
        _api.Send(chat, admin, "/config show");
        var replies = new List<SentMessage>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await _api.WaitForMessageAsync(chat.Id, i));
        }

        TelegramAnswerAssert.Shows(await AnswerAsync(), replies[0]);
        Assert.Matches(@"^You are asking faster than this channel allows; please try again in \d+ s\.$", replies[1].Text);
        Assert.StartsWith("Settings of this channel:", replies[2].Text);
    }

    [Fact]
    public async Task Sources_whose_quotes_are_a_thousand_ampersands_all_arrive_in_messages_telegram_accepts()
    {
        var chat = fixture.NewGroup();
        var quote = new string('&', 1000);
        var citations = Enumerable.Range(1, 6).Select(i => new Citation(i, $"Report {i}", "Outlet & Co", $"https://example.org/{i}?a=1&b=2", new DateOnly(2024, 1, i), $"article-{i}", quote, 0.5)).ToList();
        var channel = new ChannelKey(TelegramMessageTranslator.Platform, new ChannelId(chat.Id.ToString(CultureInfo.InvariantCulture)));
        await fixture.Host.Get<IConversationStore>().RememberAsync(channel, [new MessageId("1")], new Answer("Who & why?", true, "Because [1].", null, AnswerMode.Extractive, citations), CancellationToken.None);

        _api.Send(chat, new TelegramUser(607, "Reader"), "/sources");
        int Ampersands() => _api.Sent.Where(m => m.ChatId == chat.Id).Sum(m => m.Plain.Count(c => c == '&'));
        int Refused() => _api.Calls.Count(c => c.Method == "sendMessage" && c.ChatId == chat.Id && c.Status != 200);
        await Eventually.TrueAsync(() => Ampersands() >= 6 * quote.Length || Refused() > 0, "the sources to arrive or be refused");

        Assert.Equal(0, Refused());
        // Six quotes, "Outlet & Co" six times and the question: nothing cut off, nothing doubled.
        Assert.Equal((6 * quote.Length) + 6 + 1, Ampersands());
        Assert.True(_api.CountIn(chat.Id) > 1);
    }
}
