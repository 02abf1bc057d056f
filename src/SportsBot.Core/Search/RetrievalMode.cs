namespace SportsBot.Core.Search;

/// <summary>Which rankings feed fusion. Only <see cref="Hybrid"/> ships; the others exist so <c>eval</c> can show what each signal is worth alone.</summary>
public enum RetrievalMode
{
    Hybrid,
    KeywordOnly,
    VectorOnly,
}
