namespace SportsBot.Core.Search;

/// <summary>
/// Builds an FTS5 MATCH expression from analysed terms. Every term is quoted, so user text can never be read
/// as FTS syntax (NEAR, column filters, a stray quote) – it is always data.
/// </summary>
public static class FtsQueryBuilder
{
    public static string? Build(QueryAnalysis analysis)
    {
        var parts = analysis.Terms.Concat(analysis.Aliases)
            .Select(t => t.Replace("\"", string.Empty, StringComparison.Ordinal).Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(t => $"\"{t}\"")
            .ToList();

        return parts.Count == 0 ? null : string.Join(" OR ", parts);
    }
}
