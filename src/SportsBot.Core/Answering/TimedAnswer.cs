using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>An answer with how long it took, end to end and per retrieval stage.</summary>
public sealed record TimedAnswer(Answer Answer, TimeSpan Elapsed, RetrievalTimings Timings);
