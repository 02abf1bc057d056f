namespace SportsBot.Core.Answering;

/// <summary>Turns a follow-up ("what about Belarusians?") into a question that can be searched on its own.</summary>
public interface IFollowUpRewriter
{
    Task<string> RewriteAsync(string previousQuestion, string previousAnswer, string followUp, CancellationToken cancellationToken);
}
