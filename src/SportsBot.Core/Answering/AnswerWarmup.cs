using Microsoft.Extensions.Logging;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Answers one question of each kind the rules read, on whatever the store holds, and throws the answers away.
/// The rules for a kind of question are compiled the first time one is asked: 100–450 ms each on two cores, which
/// after a restart the first fan to ask a "why" or a "still" question would otherwise wait for. Only the
/// extractive path runs, so a configured language model is never called and nothing is recorded.
/// </summary>
public sealed class AnswerWarmup(IRetriever retriever, ExtractiveAnswerer answerer, ILogger<AnswerWarmup> logger)
{
    /// <summary>One of each kind the question reader tells apart, in the words fans use; none needs an answer in the store.</summary>
    public static readonly IReadOnlyList<string> Questions =
    [
        "Can Russian athletes compete at the next Olympics?",
        "Who won the final?",
        "Who is the president of the federation?",
        "When was the ban lifted?",
        "How many athletes took part?",
        "How long is the suspension?",
        "How much did the club cost?",
        "Why was the team suspended?",
        "Where will the final be played?",
        "What is an AIN?",
        "Is the federation still suspended?",
        "Is the ban fair?",
        "What did the IOC decide in 2023?",
        "What did Putin say about the ban?",
    ];

    /// <returns>How many of <see cref="Questions"/> were answered; a failure is logged and the rest still run.</returns>
    public async Task<int> WarmAsync(CancellationToken cancellationToken)
    {
        var answered = 0;
        foreach (var question in Questions)
        {
            try
            {
                var retrieval = await retriever.RetrieveAsync(question, cancellationToken);
                await answerer.AnswerAsync(retrieval, cancellationToken);
                answered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A warm-up is an optimisation: the fan's own question will meet the same fault and report it.
                logger.LogWarning(ex, "Warm-up question {Question} failed", question);
            }
        }

        return answered;
    }
}
