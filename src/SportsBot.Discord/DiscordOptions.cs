using System.ComponentModel.DataAnnotations;

namespace SportsBot.Discord;

/// <summary>The <c>Discord</c> section. With no token the adapter is not started.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string OfficialApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the Developer Portal (Bot → Reset Token). A secret: environment variable or user secrets, never a committed file.</summary>
    public string? Token { get; set; }

    /// <summary>The REST API, version included (a fake in tests, a proxy for self-hosters).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiBaseUrl { get; set; } = OfficialApiBaseUrl;

    /// <summary>The gateway (wss://…). Empty: asked from GET /gateway/bot at start, as Discord recommends.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>A guild (server) id: slash commands are registered there only, and show up at once. Empty: globally, in every guild and in DMs.</summary>
    public string? GuildId { get; set; }

    /// <summary>Which shard this process is (0-based); only bots in thousands of guilds need more than one.</summary>
    [Range(0, 10_000)]
    public int ShardId { get; set; }

    [Range(1, 10_000)]
    public int ShardCount { get; set; } = 1;

    /// <summary>Longest wait for one REST call.</summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest wait to open the gateway and receive its HELLO.</summary>
    [Range(1, 300)]
    public int ConnectTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a guild's roles and owner (for Administrator / Manage Server and role names) are trusted before they are asked again.</summary>
    [Range(0, 3600)]
    public int RoleCacheSeconds { get; set; } = 60;

    /// <summary>First wait after a network error, a 5xx or a dropped gateway; doubled on every further failure.</summary>
    [Range(10, 60_000)]
    public int BackoffInitialMilliseconds { get; set; } = 1000;

    /// <summary>Longest wait between retries and reconnects.</summary>
    [Range(1, 3600)]
    public int BackoffMaxSeconds { get; set; } = 60;

    /// <summary>Longest 429 retry_after that is waited out; a longer one gives the call up.</summary>
    [Range(1, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 300;

    /// <summary>Tries of one REST call (a reply, a deferral) before it is given up.</summary>
    [Range(1, 20)]
    public int SendAttempts { get; set; } = 5;

    /// <summary>Shortest wait before a fresh IDENTIFY after INVALID_SESSION (op 9); Discord asks for a random 1–5 s.</summary>
    [Range(0, 60_000)]
    public int InvalidSessionMinDelayMilliseconds { get; set; } = 1000;

    [Range(0, 60_000)]
    public int InvalidSessionMaxDelayMilliseconds { get; set; } = 5000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token);
}
