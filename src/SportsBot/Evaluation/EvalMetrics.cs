namespace SportsBot.Evaluation;

/// <summary>
/// Scores over a set of outcomes. A share is null when no question in the set is of the kind it measures
/// (no answerable question for hit@k, none with must-mention terms, none unanswerable).
/// </summary>
/// <param name="HitAt1">Answerable questions whose first citation is an expected article.</param>
/// <param name="HitAt5">… with an expected article among the first five citations.</param>
/// <param name="Mrr">Mean of 1/rank of the first expected citation (0 when none is cited).</param>
/// <param name="FoundAt5">Answerable questions with an expected article among the five retrieved, before the answerer's checks.</param>
/// <param name="MustMention">Questions with terms to mention whose answer contains all of them.</param>
/// <param name="Unanswerable">Unanswerable questions answered with known=false.</param>
public sealed record EvalMetrics(
    int Questions,
    double? HitAt1,
    double? HitAt5,
    double? Mrr,
    double? FoundAt5,
    double? MustMention,
    double? Unanswerable,
    double P50Ms,
    double P95Ms)
{
    public static EvalMetrics From(IReadOnlyList<QuestionOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Answerable).ToList();
        var mention = outcomes.Where(o => o.Mentioned is not null).ToList();
        var unanswerable = outcomes.Where(o => !o.Answerable).ToList();
        var latencies = outcomes.Select(o => o.ElapsedMs).ToList();
        return new EvalMetrics(
            outcomes.Count,
            Share(answerable, o => o.HitRank == 1),
            Share(answerable, o => o.HitRank <= 5),
            answerable.Count == 0 ? null : answerable.Average(o => o.HitRank is { } r ? 1.0 / r : 0),
            Share(answerable, o => o.FoundRank <= 5),
            Share(mention, o => o.Mentioned == true),
            Share(unanswerable, o => !o.Known),
            Percentile.Of(latencies, 0.50),
            Percentile.Of(latencies, 0.95));
    }

    private static double? Share(List<QuestionOutcome> set, Func<QuestionOutcome, bool> good) =>
        set.Count == 0 ? null : (double)set.Count(good) / set.Count;
}
