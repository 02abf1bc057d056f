using SportsBot.Core.Answering;
using SportsBot.Core.Feedback;

namespace SportsBot.Core.Chat;

/// <summary>
/// Answers questions (with follow-ups made standalone), with 👍, 👎 and Sources buttons under each answer, and
/// shows the sources of the last answer. Questions the sources do not cover are logged for /kb gaps.
/// </summary>
public sealed class QuestionHandler(AnswerService answers, IConversationStore conversations, IFeedbackStore feedback, TimeProvider time)
{
    public async Task AskAsync(ChatContext context, string question, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var replyTo = message.ReplyTo;

        // "/ask" sent as a reply to someone else's message asks that message.
        if (question.Trim().Length == 0 && replyTo is { IsFromBot: false, Text: { Length: > 0 } replied })
        {
            question = replied;
        }

        // A reply to one of our answers is a follow-up: it is made standalone (with the earlier question) before retrieval.
        var previous = replyTo is { IsFromBot: true } ? await conversations.AnswerSentAsAsync(message.Key, replyTo.Id, cancellationToken) : null;
        TimedAnswer timed;
        try
        {
            timed = previous is null
                ? await answers.AskAsync(question, cancellationToken)
                : await answers.AskFollowUpAsync(previous.Question, previous.Text, question, cancellationToken, replyTo!.IsExplicit);
        }
        catch (InvalidQuestionException ex)
        {
            await context.RefuseAsync(ex.Message, cancellationToken);
            return;
        }

        var (text, citations) = AnswerShortener.Shorten(timed.Answer, context.Settings.MaxAnswerLength);
        var reply = new OutgoingReply(ReplyKind.Answer, text, citations, message.Id) { Actions = ReplyActions.ForAnswer(timed.Answer.Citations.Count > 0) };
        var sent = await context.SendAsync(reply, cancellationToken);
        await conversations.RememberAsync(message.Key, sent, timed.Answer, cancellationToken);
        if (!timed.Answer.Known)
        {
            await feedback.RecordUnansweredAsync(new UnansweredQuestion(message.Key, message.User.Id, timed.Answer.Question, time.GetUtcNow()), cancellationToken);
        }
    }

    public async Task SourcesAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var last = await conversations.LastAnswerAsync(context.Message.Key, cancellationToken);
        if (last is null)
        {
            await context.NoticeAsync("I have not answered a question in this channel yet. Ask one with /ask.", cancellationToken);
            return;
        }

        if (last.Citations.Count == 0)
        {
            await context.NoticeAsync($"My last answer here (to \"{last.Question}\") cited no sources: they did not cover the question.", cancellationToken);
            return;
        }

        await context.SendAsync(
            new OutgoingReply(ReplyKind.Sources, $"Sources of my last answer here (to \"{last.Question}\"):", last.Citations, context.Message.Id),
            cancellationToken);
    }
}
