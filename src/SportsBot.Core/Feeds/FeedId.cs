namespace SportsBot.Core.Feeds;

public readonly record struct FeedId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
