using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core;
using SportsBot.Core.Chat;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord.Chat;

/// <summary>
/// Guilds' owners and roles, so a member's admin status and role names cost no REST call per message. Filled by
/// GUILD_CREATE, dropped on role changes, and otherwise fetched with GET /guilds/{id} and trusted for
/// Discord:RoleCacheSeconds; at most <see cref="MaxGuilds"/> guilds at once.
/// </summary>
public sealed class DiscordRoleCache(DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRoleCache> logger) : IDisposable
{
    public const int MaxGuilds = 10_000;

    private readonly MemoryCache _guilds = BoundedMemoryCache.Create(time, MaxGuilds);

    public void Remember(DiscordGuild guild) =>
        _guilds.SetUntil(guild.Id, guild, time.GetUtcNow() + TimeSpan.FromSeconds(options.Value.RoleCacheSeconds));

    public void Forget(string guildId) => _guilds.Remove(guildId);

    public void Dispose() => _guilds.Dispose();

    /// <param name="permissions">The member's permissions when Discord computed them (interactions); null for messages.</param>
    public async Task<DiscordMemberAccess> ResolveAsync(string guildId, string userId, IReadOnlyList<string> roleIds, ulong? permissions, CancellationToken cancellationToken)
    {
        var guild = permissions is not null && roleIds.Count == 0 ? null : await GuildAsync(guildId, cancellationToken);
        var isAdmin = permissions is { } known
            ? DiscordPermissions.IsAdmin(known)
            : guild is not null && (guild.OwnerId == userId || DiscordPermissions.IsAdmin(DiscordPermissions.Of(guild, roleIds)));
        var names = guild is null
            ? roleIds.ToList()
            : roleIds.SelectMany(id => guild.Roles.FirstOrDefault(r => r.Id == id) is { } role ? [id, role.Name, "@" + role.Name, $"<@&{id}>"] : new[] { id }).ToList();
        return new DiscordMemberAccess(isAdmin ? PlatformRole.Admin : PlatformRole.Member, names);
    }

    private async Task<DiscordGuild?> GuildAsync(string guildId, CancellationToken cancellationToken)
    {
        if (_guilds.TryGetValue(guildId, out DiscordGuild? cached) && cached is not null)
        {
            return cached;
        }

        try
        {
            var guild = await rest.GetGuildAsync(guildId, cancellationToken);
            Remember(guild);
            return guild;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Without an answer nobody gets more rights than a member; the next message asks again.
            logger.LogWarning(ex, "Discord: could not read the roles of guild {GuildId}; treating its members as members", guildId);
            return null;
        }
    }
}
