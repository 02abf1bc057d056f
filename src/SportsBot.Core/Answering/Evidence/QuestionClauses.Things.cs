using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>The kind of thing a which-question asks to be named: "hotel" in "Which hotel did Orzan leave?".</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// The noun after "which" and up to two words describing it, before the question's verb, when a question asks which
    /// one of its kind ("Which hotel did Orzan leave?", "which taluna federations already meet the quota"); null for any
    /// other question. "What protests were there…" asks what happened, not to name one.
    /// </summary>
    public static string? ThingToName(string clause) =>
        WhichThing().Match(QuestionKindReader.WithoutOpener(clause)) is { Success: true } which ? which.Groups["noun"].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^which\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?<noun>(?!(?:of|did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|happened|kind|sort|type)\b)[a-z]+)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|already|still|also|actually|really|ever)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichThing();
}
