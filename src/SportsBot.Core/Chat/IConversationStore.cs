using SportsBot.Core.Answering;

namespace SportsBot.Core.Chat;

/// <summary>
/// Recent answers per channel: which answer each bot message carried (so a reply to it is a follow-up) and the
/// last answer (for /sources). Kept with the knowledge base, so a restart forgets neither.
/// </summary>
public interface IConversationStore
{
    /// <summary>Answers remembered per channel; older ones are forgotten.</summary>
    public const int AnswersPerChannel = 200;

    Task RememberAsync(ChannelKey channel, IReadOnlyList<MessageId> botMessages, Answer answer, CancellationToken cancellationToken);

    /// <summary>The answer a bot message carried (its question is the standalone one), if the bot sent it.</summary>
    Task<Answer?> AnswerSentAsAsync(ChannelKey channel, MessageId botMessage, CancellationToken cancellationToken);

    Task<Answer?> LastAnswerAsync(ChannelKey channel, CancellationToken cancellationToken);
}
