namespace SportsBot.Core.Knowledge;

/// <summary>Stable identifier of an article: the front-matter id, the file name, or a short content hash.</summary>
public readonly record struct ArticleId(string Value)
{
    public override string ToString() => Value;
}
