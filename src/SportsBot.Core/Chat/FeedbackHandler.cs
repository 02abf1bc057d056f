using SportsBot.Core.Answering;
using SportsBot.Core.Feedback;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat;

/// <summary>
/// The buttons under an answer: 👍 and 👎 are recorded per person (👎 then asks, optionally, what was wrong) and
/// "Sources" shows the answer's full source list. A press on an answer the bot no longer remembers is told so.
/// </summary>
public sealed class FeedbackHandler(IConversationStore conversations, IFeedbackStore feedback, TimeProvider time)
{
    public const int MaxCommentLength = 300;

    public const string WhatWasWrong = "What was wrong with this answer?";

    public static readonly string Forgotten =
        $"That answer is older than my memory (I keep the last {IConversationStore.AnswersPerChannel} answers of each channel), so I can't take feedback on it or show its sources. Ask again for a fresh answer.";

    public async Task PressAsync(ButtonPress press, IReplySender replies, CancellationToken cancellationToken)
    {
        var answer = await conversations.AnswerSentAsAsync(press.Key, press.Message, cancellationToken);
        if (answer is null)
        {
            await NoticeAsync(replies, Forgotten, press, cancellationToken);
            return;
        }

        switch (press.Data)
        {
            case ReplyActions.Helpful:
                await RecordAsync(press, answer, AnswerRating.Helpful, cancellationToken);
                await NoticeAsync(replies, "Thanks! Your 👍 is noted.", press, cancellationToken);
                break;
            case ReplyActions.Unhelpful:
                await RecordAsync(press, answer, AnswerRating.Unhelpful, cancellationToken);
                var prompt = new OutgoingReply(ReplyKind.Prompt, WhatWasWrong, [], press.Message)
                {
                    Private = true,
                    Actions = [new ReplyAction("Send", ReplyActions.WhatWasWrong)],
                };
                foreach (var sent in await replies.SendAsync(prompt, cancellationToken))
                {
                    await feedback.SetPromptAsync(press.Key, press.Message, press.User.Id, sent, cancellationToken);
                }

                break;
            case ReplyActions.Sources when answer.Citations.Count > 0:
                await replies.SendAsync(
                    new OutgoingReply(ReplyKind.Sources, $"Sources of this answer (to \"{answer.Question}\"):", answer.Citations, press.Message) { Private = true },
                    cancellationToken);
                break;
            case ReplyActions.Sources:
                await NoticeAsync(replies, "That answer cites no sources: they did not cover the question.", press, cancellationToken);
                break;
            case ReplyActions.WhatWasWrong:
                await CommentAsync(press.Key, press.Message, press.User.Id, press.Input ?? string.Empty, press, replies, cancellationToken);
                break;
            default:
                await NoticeAsync(replies, "That button does nothing any more.", press, cancellationToken);
                break;
        }
    }

    /// <summary>A reply to a "what was wrong?" prompt (on platforms without forms) is the comment, not a new question.</summary>
    /// <returns>True when the message was such a reply and has been taken.</returns>
    public async Task<bool> TryTakeCommentAsync(IncomingMessage message, IReplySender replies, CancellationToken cancellationToken)
    {
        if (message.ReplyTo is not { IsFromBot: true } prompt
            || await feedback.AnswerPromptedByAsync(message.Key, prompt.Id, message.User.Id, cancellationToken) is not { } answerMessage)
        {
            return false;
        }

        var press = new ButtonPress(message.Platform, message.Chat, message.Channel, message.Id, message.User, ReplyActions.WhatWasWrong, message.IsDirect, message.Text);
        await CommentAsync(message.Key, answerMessage, message.User.Id, message.Text, press, replies, cancellationToken);
        return true;
    }

    private async Task CommentAsync(ChannelKey channel, MessageId answerMessage, UserId user, string text, ButtonPress press, IReplySender replies, CancellationToken cancellationToken)
    {
        var comment = TextNormalizer.CollapseWhitespace(text);
        if (comment.Length > MaxCommentLength)
        {
            comment = comment[..(MaxCommentLength - 1)] + "…";
        }

        if (comment.Length > 0 && !await feedback.CommentAsync(channel, answerMessage, user, comment, cancellationToken))
        {
            await NoticeAsync(replies, Forgotten, press, cancellationToken);
            return;
        }

        await NoticeAsync(replies, comment.Length > 0 ? "Thanks, the moderators will see that." : "Thanks, noted.", press, cancellationToken);
    }

    private Task RecordAsync(ButtonPress press, Answer answer, AnswerRating rating, CancellationToken cancellationToken) =>
        feedback.RecordAsync(
            new AnswerFeedback(press.Key, press.Message, press.User.Id, press.User.DisplayName, rating, answer.Question, answer.Known, [.. answer.Citations.Select(c => c.ArticleId).Distinct()], time.GetUtcNow()),
            cancellationToken);

    private static Task<IReadOnlyList<MessageId>> NoticeAsync(IReplySender replies, string text, ButtonPress press, CancellationToken cancellationToken) =>
        replies.SendAsync(OutgoingReply.Notice(text, press.Message) with { Private = true }, cancellationToken);
}
