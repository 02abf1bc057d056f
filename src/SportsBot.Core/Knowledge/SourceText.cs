namespace SportsBot.Core.Knowledge;

/// <summary>An outlet as running text reads it: "SportsBot Newsroom", or "an unknown outlet".</summary>
public static class SourceText
{
    public static string Of(string source) =>
        string.IsNullOrWhiteSpace(source) || source == ArticleParser.UnknownSource ? "an unknown outlet" : source;
}
