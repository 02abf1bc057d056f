namespace SportsBot.Core.Search;

/// <summary>
/// English words spelled as a dictionary spells them: "greet", "come", "till" are meant as written, "aftr" and
/// "hermosso" are slips. Implementations must be thread-safe.
/// </summary>
public interface IEnglishWords
{
    /// <summary>True for a lower-case word the dictionary holds.</summary>
    bool Contains(string word);
}
