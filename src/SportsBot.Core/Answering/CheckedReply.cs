namespace SportsBot.Core.Answering;

/// <summary>A model's reply after its citations were checked.</summary>
/// <param name="Text">The reply with only valid markers, renumbered 1…k in the order of <paramref name="Cited"/>.</param>
/// <param name="Cited">Numbers of the sent sources that the reply cites, ascending (the numbers as sent).</param>
/// <param name="Removed">Markers removed because they named no source that was sent.</param>
/// <param name="SaysNotCovered">The model said the sources do not answer the question.</param>
public sealed record CheckedReply(string Text, IReadOnlyList<int> Cited, int Removed, bool SaysNotCovered);
