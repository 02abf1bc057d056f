using SQLite;

namespace SportsBot.Infrastructure.Storage;

[Table("channel_settings")]
internal sealed class ChannelSettingsRow
{
    /// <summary>"platform:channel"; sqlite-net has no composite keys.</summary>
    [PrimaryKey]
    public string Key { get; set; } = string.Empty;

    public string Platform { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public bool Enabled { get; set; }

    /// <summary>commands-only, mentions or all-questions.</summary>
    public string Mode { get; set; } = string.Empty;

    public int CooldownSeconds { get; set; }

    public int MaxAnswerLength { get; set; }

    public string? ModeratorRole { get; set; }

    /// <summary>Comma-separated user ids or @handles.</summary>
    public string ModeratorUsers { get; set; } = string.Empty;

    public string Language { get; set; } = "en";
}
