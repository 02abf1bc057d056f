using SportsBot.Core.Chat;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Where each person was last seen as an admin, in the knowledge base's SQLite file.</summary>
public sealed class SqliteAdminDirectory : IAdminDirectory
{
    private readonly SqliteDatabase _db;

    public SqliteAdminDirectory(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c => c.Execute("CREATE TABLE IF NOT EXISTS admin_sightings (Platform TEXT NOT NULL, UserId TEXT NOT NULL, Chat TEXT NOT NULL, Channel TEXT NOT NULL, Title TEXT, AtUnixMs INTEGER NOT NULL, PRIMARY KEY (Platform, UserId, Channel))"));
    }

    public Task SeenAsync(string platform, UserId user, AdminSighting sighting, CancellationToken cancellationToken)
    {
        _db.Use(c => c.Execute(
            "INSERT INTO admin_sightings (Platform, UserId, Chat, Channel, Title, AtUnixMs) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET Chat = excluded.Chat, Title = COALESCE(excluded.Title, Title), AtUnixMs = excluded.AtUnixMs",
            platform, user.Value, sighting.Chat.Value, sighting.Channel.Value, sighting.Title, sighting.At.ToUnixTimeMilliseconds()));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AdminSighting>> GroupsOfAsync(string platform, UserId user, CancellationToken cancellationToken)
    {
        var rows = _db.Use(c => c.Query<Row>("SELECT Chat, Channel, Title, AtUnixMs FROM admin_sightings WHERE Platform = ? AND UserId = ? ORDER BY AtUnixMs DESC", platform, user.Value));
        return Task.FromResult<IReadOnlyList<AdminSighting>>(rows
            .Select(r => new AdminSighting(new ChatId(r.Chat), new ChannelId(r.Channel), r.Title, DateTimeOffset.FromUnixTimeMilliseconds(r.AtUnixMs)))
            .ToList());
    }

    public Task ForgetAsync(string platform, UserId user, ChannelId channel, CancellationToken cancellationToken)
    {
        _db.Use(c => c.Execute("DELETE FROM admin_sightings WHERE Platform = ? AND UserId = ? AND Channel = ?", platform, user.Value, channel.Value));
        return Task.CompletedTask;
    }

    private sealed class Row
    {
        public string Chat { get; set; } = string.Empty;

        public string Channel { get; set; } = string.Empty;

        public string? Title { get; set; }

        public long AtUnixMs { get; set; }
    }
}
