namespace SportsBot.Core.Search;

/// <summary>
/// A text as <see cref="TermMatcher"/> compares it: the stem of every word, the alias groups it names, and for each
/// stem the words written with it, so that a name is found only as itself ("Federer" is not in "federation").
/// </summary>
public sealed record TextTerms(IReadOnlySet<string> Stems, IReadOnlySet<int> AliasGroups, IReadOnlyDictionary<string, string[]> WordsByStem);
