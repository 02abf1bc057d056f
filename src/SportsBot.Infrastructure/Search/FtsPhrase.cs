namespace SportsBot.Infrastructure.Search;

/// <summary>
/// One word or name of a question as an FTS5 phrase. It is always quoted, so user text can never be read as FTS
/// syntax (NEAR, column filters, a stray quote): it is data.
/// </summary>
internal readonly record struct FtsPhrase(string Text)
{
    public string Match => $"\"{Text}\"";

    public static IReadOnlyList<FtsPhrase> From(IEnumerable<string> words) =>
        [.. words
            .Select(t => t.Replace("\"", string.Empty, StringComparison.Ordinal).Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(t => new FtsPhrase(t))];

    public static string AnyOf(IEnumerable<FtsPhrase> phrases) => string.Join(" OR ", phrases.Select(p => p.Match));
}
