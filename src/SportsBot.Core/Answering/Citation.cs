namespace SportsBot.Core.Answering;

/// <summary>A numbered source of an answer: what [n] in the text points to.</summary>
/// <param name="Published">Null when the article carries no date; renderers say "date unknown", never invent one.</param>
/// <param name="Quote">The passage the claim rests on.</param>
public sealed record Citation(
    int N,
    string Title,
    string Source,
    string? Url,
    DateOnly? Published,
    string ArticleId,
    string Quote,
    double Score);
