using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

public static partial class QuestionKindReader
{
    /// <summary>
    /// "What job does Krall have?", "What is Kerimova's role?", "What does Karl Vinter do?": what a person does is what
    /// they are, which a description beside the name answers ("Krall, the union's treasurer"). The person, or null when
    /// the question asks no such thing.
    /// </summary>
    private static string? JobAsked(string question) =>
        JobOf().Match(question) is { Success: true } job && IsName(job.Groups["x"].Value) ? job.Groups["x"].Value : null;

    [GeneratedRegex(@"^what\s+(?:(?:job|role|position|post)\s+(?:does|did|do)\s+(?<x>.+?)\s+(?:have|hold|do|play)|(?:is|was)\s+(?<x>.+?)['’]s\s+(?:job|role|position|post)|does\s+(?<x>.+?)\s+do)(?:\s+now)?$", RegexOptions.IgnoreCase)]
    private static partial Regex JobOf();
}
