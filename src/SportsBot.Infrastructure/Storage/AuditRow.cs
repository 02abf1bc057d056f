using SQLite;

namespace SportsBot.Infrastructure.Storage;

[Table("audit_log")]
internal sealed class AuditRow
{
    [PrimaryKey, AutoIncrement]
    public long Id { get; set; }

    public long AtUnixMs { get; set; }

    /// <summary>"platform:channel", as in <see cref="ChannelSettingsRow.Key"/>.</summary>
    [Indexed]
    public string ChannelKey { get; set; } = string.Empty;

    public string Platform { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Detail { get; set; } = string.Empty;
}
