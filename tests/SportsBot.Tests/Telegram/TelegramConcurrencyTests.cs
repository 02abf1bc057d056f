using System.Diagnostics;
using SportsBot.Core.Chat;
using SportsBot.Tests.Discord;
using SportsBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// A busy community on Telegram with a slow language model: other chats are answered while one waits for the
/// model, each chat's questions in order, nothing lost or answered twice, and a clear "busy" when the queue is full.
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class TelegramConcurrencyTests(BundledKnowledgeFixture knowledge, ITestOutputHelper output)
{
    private const string ModelAnswer = "As of 8 December 2023, athletes with Belarusian passports may compete at Paris 2024 as Individual Neutral Athletes [1].";

    private static readonly string[] Questions =
    [
        "/ask Can Belarusian athletes compete at Paris 2024?",
        "/ask Are Russian players allowed at Wimbledon?",
        "/ask Why was the Russian Olympic Committee suspended?",
    ];

    /// <summary>What the bot's Core answers to <paramref name="command"/>'s question; asked once the test is done with the model's call count.</summary>
    private static Task<ExpectedAnswer> AnswerToAsync(TelegramLlmBot bot, string command) =>
        ExpectedAnswer.ForAsync(bot.Host, command["/ask ".Length..]);

    [Fact]
    public async Task A_chat_is_answered_while_another_chats_answer_is_still_being_written()
    {
        await using var bot = await TelegramLlmBot.StartAsync(knowledge);
        var slowModel = new TaskCompletionSource();
        bot.Llm.ReplyWhen(slowModel.Task, ModelAnswer);
        bot.Llm.ReplyToAllAfter(TimeSpan.Zero, ModelAnswer);
        var waiting = TelegramChat.Group(9101);
        var other = TelegramChat.Group(9102);
        SentMessage answer;
        try
        {
            bot.Api.Send(waiting, new TelegramUser(9201, "Patient fan"), Questions[0]);
            await Eventually.TrueAsync(() => bot.Llm.ChatRequests.Count == 1, "the first question to reach the model");

            bot.Api.Send(other, new TelegramUser(9202, "Other fan"), Questions[1]);
            answer = await bot.Api.WaitForMessageAsync(other.Id, 0);

            Assert.Equal(0, bot.Api.CountIn(waiting.Id));
        }
        finally
        {
            slowModel.TrySetResult();
        }

        var late = await bot.Api.WaitForMessageAsync(waiting.Id, 0);
        TelegramAnswerAssert.Shows(await AnswerToAsync(bot, Questions[1]), answer);
        TelegramAnswerAssert.Shows(await AnswerToAsync(bot, Questions[0]), late);
    }

    [Fact]
    public async Task Questions_in_one_chat_are_answered_in_the_order_they_were_asked()
    {
        await using var bot = await TelegramLlmBot.StartAsync(knowledge);
        var slowModel = new TaskCompletionSource();
        bot.Llm.ReplyWhen(slowModel.Task, ModelAnswer);
        bot.Llm.ReplyToAllAfter(TimeSpan.Zero, ModelAnswer);
        var chat = TelegramChat.Group(9111);
        var other = TelegramChat.Group(9112);
        var asked = new List<int>();
        try
        {
            asked.Add(bot.Api.Send(chat, new TelegramUser(9211, "Fan one"), Questions[0]));
            await Eventually.TrueAsync(() => bot.Llm.ChatRequests.Count == 1, "the first question to reach the model");
            asked.Add(bot.Api.Send(chat, new TelegramUser(9212, "Fan two"), Questions[1]));
            asked.Add(bot.Api.Send(chat, new TelegramUser(9213, "Fan three"), Questions[2]));
            bot.Api.Send(other, new TelegramUser(9214, "Elsewhere"), Questions[2]);

            // Free workers answered the other chat; none of them jumped ahead of the question still being answered.
            await bot.Api.WaitForMessageAsync(other.Id, 0);
            Assert.Equal(0, bot.Api.CountIn(chat.Id));
        }
        finally
        {
            slowModel.TrySetResult();
        }

        await bot.Api.WaitForMessageAsync(chat.Id, 2);
        Assert.Equal(asked, bot.Api.Sent.Where(m => m.ChatId == chat.Id).Select(m => m.ReplyToMessageId ?? 0));
    }

    [Fact]
    public async Task When_the_queue_is_full_a_question_is_told_to_try_again_shortly_and_chatter_is_left_alone()
    {
        await using var bot = await TelegramLlmBot.StartAsync(knowledge, new Dictionary<string, string?>
        {
            ["Chat:MaxConcurrentMessages"] = "1",
            ["Chat:MaxQueuedMessages"] = "1",
        });
        var slowModel = new TaskCompletionSource();
        bot.Llm.ReplyWhen(slowModel.Task, ModelAnswer);
        bot.Llm.ReplyToAllAfter(TimeSpan.Zero, ModelAnswer);
        var (answering, queued, chatter, turnedAway) = (TelegramChat.Group(9121), TelegramChat.Group(9122), TelegramChat.Group(9123), TelegramChat.Group(9124));
        int late;
        try
        {
            bot.Api.Send(answering, new TelegramUser(9221, "First"), Questions[0]);
            await Eventually.TrueAsync(() => bot.Llm.ChatRequests.Count == 1, "the first question to reach the model");
            bot.Api.Send(queued, new TelegramUser(9222, "Second"), Questions[1]);
            bot.Api.Send(chatter, new TelegramUser(9223, "Chatty"), "see you all at the match tonight");
            late = bot.Api.Send(turnedAway, new TelegramUser(9224, "Third"), Questions[2]);

            var busy = await bot.Api.WaitForMessageAsync(turnedAway.Id, 0);

            Assert.Equal(ChatService.BusyText, busy.Text);
            Assert.Equal(late, busy.ReplyToMessageId);
            Assert.Equal(0, bot.Api.CountIn(chatter.Id));
        }
        finally
        {
            slowModel.TrySetResult();
        }

        TelegramAnswerAssert.Shows(await AnswerToAsync(bot, Questions[0]), await bot.Api.WaitForMessageAsync(answering.Id, 0));
        TelegramAnswerAssert.Shows(await AnswerToAsync(bot, Questions[1]), await bot.Api.WaitForMessageAsync(queued.Id, 0));
    }

    [Fact]
    public Task Twenty_questions_in_five_chats_are_each_answered_once_in_order() =>
        AskManyAsync(questions: 20, chats: 5, modelSeconds: 2);

    /// <summary>Issue 12's load figure: 200 questions in 50 chats, the model taking 2 s each (about a minute at 8 at once).</summary>
    [LoadFact]
    public Task Two_hundred_questions_in_fifty_chats_are_each_answered_once_in_order() =>
        AskManyAsync(questions: 200, chats: 50, modelSeconds: 2);

    private async Task AskManyAsync(int questions, int chats, double modelSeconds)
    {
        await using var bot = await TelegramLlmBot.StartAsync(knowledge);
        bot.Llm.ReplyToAllAfter(TimeSpan.FromSeconds(modelSeconds), ModelAnswer);
        var groups = Enumerable.Range(0, chats).Select(i => TelegramChat.Group(9500 + i)).ToList();
        var asked = groups.ToDictionary(g => g.Id, _ => new List<int>());
        var questionOf = new Dictionary<int, string>();

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < questions; i++)
        {
            var group = groups[i % chats];
            var id = bot.Api.Send(group, new TelegramUser(10_000 + i, $"Fan {i}"), Questions[i % Questions.Length]);
            asked[group.Id].Add(id);
            questionOf[id] = Questions[i % Questions.Length];
        }

        foreach (var group in groups)
        {
            await bot.Api.WaitForMessageAsync(group.Id, asked[group.Id].Count - 1, TimeSpan.FromSeconds(60 + (questions * modelSeconds)));
        }

        var elapsed = clock.Elapsed;
        var degree = bot.Host.Get<Microsoft.Extensions.Options.IOptions<ChatOptions>>().Value.MaxConcurrentMessages;
        output.WriteLine(
            $"{questions} questions in {chats} chats, model {modelSeconds} s each, {degree} at once: all answered in {elapsed.TotalSeconds:0.0} s " +
            $"(one at a time would take {questions * modelSeconds:0} s; {questions} × {modelSeconds} s ÷ {degree} = {questions * modelSeconds / degree:0} s); " +
            $"at most {bot.Llm.MostConcurrentChatRequests} model calls at once.");

        // Nothing lost, nothing answered twice, every chat's answers in the order of its questions.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(questions, bot.Llm.ChatRequests.Count);
        Assert.All(groups, g => Assert.Equal(asked[g.Id], bot.Api.Sent.Where(m => m.ChatId == g.Id).Select(m => m.ReplyToMessageId ?? 0)));
        // And each is the answer to the question it replies to, not another chat's.
        var answers = (await Task.WhenAll(Questions.Select(q => AnswerToAsync(bot, q)))).Zip(Questions).ToDictionary(p => p.Second, p => p.First);
        Assert.All(bot.Api.Sent, m => TelegramAnswerAssert.Shows(answers[questionOf[m.ReplyToMessageId ?? 0]], m));
    }
}
