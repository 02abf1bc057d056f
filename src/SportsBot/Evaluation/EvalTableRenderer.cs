using System.Globalization;
using System.Text;

namespace SportsBot.Evaluation;

/// <summary>The eval report as Markdown tables: overall, then per kind of question.</summary>
public static class EvalTableRenderer
{
    private static readonly string[] MetricHeaders = ["n", "hit@1", "hit@5", "MRR", "found@5", "must-mention", "unanswerable", "p50 ms", "p95 ms"];

    public static string Render(EvalReport report)
    {
        var text = new StringBuilder();
        var rows = report.Sets[0].Rows;
        text.Append(CultureInfo.InvariantCulture, $"{report.Articles} articles ({report.Chunks} chunks); every retriever answers through the shipped answerer.\n\n");

        if (report.Sets.Count > 1)
        {
            // The sets side by side first: a change is kept only if the held-out numbers hold.
            var sideBySide = new MarkdownTable(["questions", "retriever", .. MetricHeaders]);
            foreach (var set in report.Sets)
            {
                foreach (var row in set.Rows)
                {
                    sideBySide.Add([set.Name, row.Retriever, .. Cells(row.Overall)]);
                }
            }

            text.Append(sideBySide).Append('\n');
        }

        foreach (var set in report.Sets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{set.Name}: {set.Questions} questions\n\n");
            var overall = new MarkdownTable(["retriever", .. MetricHeaders]);
            foreach (var row in set.Rows)
            {
                overall.Add([row.Retriever, .. Cells(row.Overall)]);
            }

            text.Append(overall).Append('\n');

            var byKind = new MarkdownTable(["kind", "retriever", .. MetricHeaders]);
            foreach (var kind in EvalQuestion.Kinds)
            {
                foreach (var row in set.Rows)
                {
                    if (row.ByKind.TryGetValue(kind, out var metrics))
                    {
                        byKind.Add([kind, row.Retriever, .. Cells(metrics)]);
                    }
                }
            }

            text.Append(byKind).Append('\n');
        }

        text.Append("hit@k, MRR: an expected article among the answer's first k citations (answerable questions). ")
            .Append("found@5: among the retriever's top 5 articles, before the answerer's checks. ")
            .Append("must-mention: every listed term in the answer. unanswerable: known=false when nothing is expected. ")
            .Append("Latency: retrieval and answer per question. – = no question of that sort.\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {row.Retriever}: {row.Description}\n");
        }

        return text.ToString();
    }

    private static string[] Cells(EvalMetrics m) =>
    [
        m.Questions.ToString(CultureInfo.InvariantCulture),
        Share(m.HitAt1), Share(m.HitAt5), Share(m.Mrr), Share(m.FoundAt5), Share(m.MustMention), Share(m.Unanswerable),
        m.P50Ms.ToString("F0", CultureInfo.InvariantCulture), m.P95Ms.ToString("F0", CultureInfo.InvariantCulture),
    ];

    private static string Share(double? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? "–";
}
