namespace SportsBot.Discord.Model;

/// <summary>One option of an invoked slash command: a subcommand (with its own options) or a value.</summary>
/// <param name="Value">The value as text (strings as typed, integers in invariant digits); null for subcommands and attachments.</param>
/// <param name="Attachment">For an attachment option, the file (from the interaction's resolved data).</param>
public sealed record DiscordCommandOption(string Name, DiscordOptionType Type, string? Value, IReadOnlyList<DiscordCommandOption> Options, DiscordAttachment? Attachment);
