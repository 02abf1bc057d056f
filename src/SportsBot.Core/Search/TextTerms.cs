namespace SportsBot.Core.Search;

/// <summary>A text as <see cref="TermMatcher"/> compares it: the stem of every word, and the alias groups it names.</summary>
public sealed record TextTerms(IReadOnlySet<string> Stems, IReadOnlySet<int> AliasGroups);
