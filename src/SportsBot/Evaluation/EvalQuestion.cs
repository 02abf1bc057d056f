using System.Text.Json.Serialization;

namespace SportsBot.Evaluation;

/// <summary>One line of an eval file: a question, the articles that answer it and words the answer must contain.</summary>
/// <param name="Expected">Article keys (file name without extension, or front-matter id); empty when no source covers the question.</param>
/// <param name="MustMention">Terms the answer must contain, case-insensitive (a stem such as "qualif" is fine).</param>
public sealed record EvalQuestion(
    string Id,
    string Question,
    IReadOnlyList<string> Expected,
    [property: JsonPropertyName("must_mention")] IReadOnlyList<string> MustMention,
    string Kind)
{
    public static readonly IReadOnlyList<string> Kinds = ["factual", "temporal", "paraphrase", "multi-hop", "unanswerable", "multilingual", "adversarial"];

    public bool Answerable => Expected.Count > 0;
}
