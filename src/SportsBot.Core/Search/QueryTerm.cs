namespace SportsBot.Core.Search;

/// <summary>One content word of a question.</summary>
/// <param name="Word">As the asker wrote it, lower-case.</param>
/// <param name="AliasGroup">The <see cref="AliasTable"/> group when the word names a body, place or event ("IOC", "Belarusians").</param>
/// <param name="IsName">A name (of a person, body, place, event) or a number, rather than a word of what is asked about it.</param>
public sealed record QueryTerm(string Word, string Stem, int? AliasGroup, bool IsName)
{
    /// <summary>
    /// Stems of the other forms a name of a country or its people takes when no table lists it ("kestra" for
    /// "Kestran", "kestran" for "Kestra"); empty for any other word.
    /// </summary>
    public IReadOnlyList<string> OtherFormStems { get; init; } = [];
}
