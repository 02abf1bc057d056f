namespace SportsBot.Core.Search;

/// <summary>
/// Reduces a lower-case English word to its stem ("competing", "competes" → "compet"), so a word counts as
/// mentioned in any of its forms. Implementations must be thread-safe.
/// </summary>
public interface IWordStemmer
{
    string Stem(string word);
}
