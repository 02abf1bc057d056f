namespace SportsBot.Core.Chat;

/// <summary>A message on its platform, as the platform numbers it.</summary>
public readonly record struct MessageId(string Value)
{
    public override string ToString() => Value;
}
