namespace SportsBot.Core.Chat;

/// <summary>A button under a reply: what it says, and the data its press brings back (at most <see cref="MaxDataLength"/> characters).</summary>
public sealed record ReplyAction(string Label, string Data)
{
    /// <summary>Telegram allows 64 bytes of callback data, Discord 100 characters of custom id; ASCII data within 60 fits both with a prefix.</summary>
    public const int MaxDataLength = 60;
}
