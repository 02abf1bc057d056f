namespace SportsBot.Core.Chat;

/// <summary>Identifies a channel across platforms: settings, rate limits and memory are kept per key.</summary>
public readonly record struct ChannelKey(string Platform, ChannelId Channel)
{
    public override string ToString() => $"{Platform}:{Channel.Value}";
}
