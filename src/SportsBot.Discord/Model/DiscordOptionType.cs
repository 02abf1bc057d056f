namespace SportsBot.Discord.Model;

/// <summary>The application command option types this bot uses (Discord's numbering).</summary>
public enum DiscordOptionType
{
    SubCommand = 1,
    String = 3,
    Integer = 4,
    Attachment = 11,
}
