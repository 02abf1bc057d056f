using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SportsBot.Core.Answering;

namespace SportsBot.Rendering;

/// <summary>The <c>ask --json</c> object, exactly as DESIGN.md specifies it; other tools parse it.</summary>
public sealed record AskJson(
    string Question,
    bool Known,
    string Answer,
    string? AsOf,
    string Mode,
    IReadOnlyList<AskJsonCitation> Citations,
    long ElapsedMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FallbackReason)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Readable accents and Cyrillic; still valid JSON, and nothing here is embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static AskJson From(TimedAnswer timed) => new(
        timed.Answer.Question,
        timed.Answer.Known,
        timed.Answer.Text,
        DateText.Iso(timed.Answer.AsOf),
        timed.Answer.Mode == AnswerMode.Llm ? "llm" : "extractive",
        [.. timed.Answer.Citations.Select(c => new AskJsonCitation(c.N, c.Title, c.Source, c.Url, DateText.Iso(c.Published), c.ArticleId, c.Quote, c.Score))],
        (long)timed.Elapsed.TotalMilliseconds,
        timed.Answer.FallbackReason);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static AskJson? Parse(string json) => JsonSerializer.Deserialize<AskJson>(json, Options);
}
