namespace SportsBot.Discord.Model;

/// <summary>One message the bot posts. Every message goes out with mentions disabled (allowed_mentions parse: []).</summary>
/// <param name="ReplyToMessageId">The message it replies to (channel messages only; an interaction's response belongs to the interaction).</param>
public sealed record DiscordOutgoingMessage(string? Content, IReadOnlyList<DiscordEmbed> Embeds, string? ReplyToMessageId)
{
    /// <summary>Buttons under the message, five to a row.</summary>
    public IReadOnlyList<DiscordButton> Buttons { get; init; } = [];

    /// <summary>Shown only to the person who used the interaction (flag 64); meaningless for channel messages.</summary>
    public bool Ephemeral { get; init; }
}
