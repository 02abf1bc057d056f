using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>An answer with how long it took and the retrieval it was written from (for eval, bench and --explain).</summary>
public sealed record TimedAnswer(Answer Answer, TimeSpan Elapsed, RetrievalResult Retrieval);
