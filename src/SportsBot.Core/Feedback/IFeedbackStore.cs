using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Feedback;

/// <summary>
/// Ratings of answers and the questions the knowledge base could not answer, kept with the knowledge base so
/// moderators can see, after any restart, what to add next.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Records a rating; the same person rating the same answer again replaces their earlier rating.</summary>
    Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    /// <summary>Remembers the message that asked this person what was wrong, so their reply to it is taken as the comment.</summary>
    Task SetPromptAsync(ChannelKey channel, MessageId answerMessage, UserId user, MessageId prompt, CancellationToken cancellationToken);

    /// <summary>The answer a prompt asked this person about; null when it asked someone else or is not a prompt.</summary>
    Task<MessageId?> AnswerPromptedByAsync(ChannelKey channel, MessageId prompt, UserId user, CancellationToken cancellationToken);

    /// <returns>False when this person has not rated that answer.</returns>
    Task<bool> CommentAsync(ChannelKey channel, MessageId answerMessage, UserId user, string comment, CancellationToken cancellationToken);

    Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    /// <summary>Questions not covered and answers marked 👎 since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<GapSignal>> GapSignalsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task<ArticleFeedback> ForArticleAsync(ArticleId article, int comments, CancellationToken cancellationToken);
}
