using SportsBot.Discord.Model;

namespace SportsBot.Discord.Commands;

/// <summary>An option of a slash command as registered: a subcommand with its own options, or a value the user fills in.</summary>
/// <param name="Choices">Fixed values Discord offers in a list (the /config set keys); empty for free text.</param>
/// <param name="MinValue">Smallest integer accepted, for integer options.</param>
/// <param name="Autocomplete">Discord asks the bot for choices while the user types (article ids).</param>
public sealed record DiscordSlashOption(
    string Name,
    string Description,
    DiscordOptionType Type,
    bool Required = false,
    IReadOnlyList<DiscordSlashOption>? Options = null,
    IReadOnlyList<string>? Choices = null,
    int? MinValue = null,
    bool Autocomplete = false)
{
    public IReadOnlyList<DiscordSlashOption> SubOptions => Options ?? [];
}
