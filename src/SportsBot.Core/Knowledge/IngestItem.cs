namespace SportsBot.Core.Knowledge;

/// <summary>One item of a multi-article ingest: its name for progress and reports, and how to read it (a file, a link).</summary>
/// <param name="Load">Reads and parses the item; an <see cref="InvalidArticleException"/> refuses it without stopping the others.</param>
public sealed record IngestItem(string Name, Func<CancellationToken, Task<IngestRequest>> Load);
