namespace SportsBot.Rendering;

/// <summary>One entry of <c>citations</c> in <see cref="AskJson"/>.</summary>
public sealed record AskJsonCitation(int N, string Title, string Source, string? Url, string? Published, string ArticleId, string Quote, double Score);
