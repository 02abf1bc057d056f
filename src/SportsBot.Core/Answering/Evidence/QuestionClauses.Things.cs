using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>The kind of thing a which-question asks to be named: "hotel" in "Which hotel did Orzan leave?".</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// The noun right after "which" (or "what") when a question asks which one of its kind ("Which hotel did Orzan
    /// leave?", "which region were the wrestlers from"); null for any other question.
    /// </summary>
    public static string? ThingToName(string clause) =>
        WhichThing().Match(QuestionKindReader.WithoutOpener(clause)) is { Success: true } which ? which.Groups["noun"].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^(?:which|what)\s+(?<noun>(?!(?:of|did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|happened|kind|sort|type)\b)[a-z]+)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichThing();
}
