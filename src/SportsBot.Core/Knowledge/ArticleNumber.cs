using System.Globalization;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// An article's short, stable number ("#42"): what people type and read in chat. Given once, never reused, and
/// kept when the article is edited or re-synced; the long <see cref="ArticleId"/> keeps working beside it.
/// </summary>
public readonly record struct ArticleNumber(int Value)
{
    public override string ToString() => "#" + Value.ToString(CultureInfo.InvariantCulture);
}
