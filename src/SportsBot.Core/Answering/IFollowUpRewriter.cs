namespace SportsBot.Core.Answering;

/// <summary>Turns a follow-up ("what about Belarusians?") into a question that can be searched on its own.</summary>
public interface IFollowUpRewriter
{
    /// <param name="explicitReply">The follow-up was sent as a reply to the answer; otherwise only a message that plainly continues the conversation is rewritten.</param>
    Task<string> RewriteAsync(string previousQuestion, string previousAnswer, string followUp, bool explicitReply, CancellationToken cancellationToken);
}
