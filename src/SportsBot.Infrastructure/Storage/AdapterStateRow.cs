using SQLite;

namespace SportsBot.Infrastructure.Storage;

[Table("adapter_state")]
internal sealed class AdapterStateRow
{
    [PrimaryKey]
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public long UpdatedAtUnixMs { get; set; }
}
