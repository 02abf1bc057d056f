using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

public sealed partial class QueryAnalyzer(AliasTable aliases)
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "to", "from", "in", "on", "into", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must",
        "i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
        "what", "which", "who", "whom", "whose", "this", "that", "these", "those", "when", "where", "why", "how",
        "there", "here", "than", "then", "so", "too", "very", "just", "not", "no", "nor", "any", "all", "some", "such",
        "now", "still", "currently", "current", "today", "yet", "ever", "again", "tell", "please", "know", "say", "said",
        "s", "t", "allowed", "happen", "happened", "get", "got",
    };

    private static readonly HashSet<string> PresentMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "now", "still", "currently", "current", "will", "is", "are", "today", "allowed", "latest", "anymore", "yet",
    };

    /// <summary>Words that pull a question into the present even next to a past tense ("is it still suspended, or did the appeal succeed?").</summary>
    private static readonly HashSet<string> StrongPresentMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "still", "currently", "current", "today", "latest", "anymore", "yet",
    };

    private static readonly HashSet<string> PastMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "did", "had", "originally", "initially", "first", "earlier", "before", "previously",
    };

    public QueryAnalysis Analyze(string question)
    {
        var words = Word().Matches(question).Select(m => m.Value).ToList();
        var terms = words
            .Select(w => w.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w) && (w.Length > 1 || char.IsDigit(w[0])))
            .Distinct()
            .ToList();

        var years = Year().Matches(question).Select(m => m.Value).Distinct().ToList();
        var pastTense = words.Any(PastMarkers.Contains);
        var present = words.Any(PresentMarkers.Contains) && !pastTense;
        var past = pastTense && !words.Any(StrongPresentMarkers.Contains);
        return new QueryAnalysis(question, terms, aliases.Expand(question), years, present, past);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
