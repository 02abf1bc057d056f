namespace SportsBot.Core.Chat;

/// <summary>A person on a platform, as the platform identifies them.</summary>
public readonly record struct UserId(string Value)
{
    public override string ToString() => Value;
}
