using SportsBot.Core.Chat;

namespace SportsBot.Core.Feedback;

/// <summary>One person's rating of one answer. Pressing again changes it; it is never counted twice.</summary>
/// <param name="AnswerMessage">The bot's message the buttons were under: with the channel, it names the answer.</param>
/// <param name="Question">The question as answered (a follow-up made standalone).</param>
/// <param name="ArticleIds">The articles the answer cited, so an article's page shows what people thought of answers built on it.</param>
public sealed record AnswerFeedback(
    ChannelKey Channel,
    MessageId AnswerMessage,
    UserId User,
    string UserName,
    AnswerRating Rating,
    string Question,
    bool Known,
    IReadOnlyList<string> ArticleIds,
    DateTimeOffset At);
