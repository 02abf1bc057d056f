using Microsoft.Extensions.Options;

namespace SportsBot.Core.Answering;

/// <summary>
/// The rewriter without a model: searches for the earlier question and the follow-up together, so "What about
/// Belarusians?" after a question on Paris 2024 still finds Paris 2024. Also the fallback of the model rewriter.
/// </summary>
public sealed class CombiningFollowUpRewriter(IOptions<AnswerOptions> options) : IFollowUpRewriter
{
    public Task<string> RewriteAsync(string previousQuestion, string previousAnswer, string followUp, CancellationToken cancellationToken)
    {
        var follow = followUp.Trim();
        var previous = previousQuestion.Trim();
        // The follow-up is what the asker wants now: it is kept whole; the earlier question only fills the room left.
        var room = options.Value.MaxQuestionLength - follow.Length - 1;
        if (previous.Length == 0 || room <= 0)
        {
            return Task.FromResult(follow);
        }

        return Task.FromResult($"{(previous.Length <= room ? previous : previous[..room])} {follow}");
    }
}
