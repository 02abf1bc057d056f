using System.ComponentModel.DataAnnotations;

namespace SportsBot.Telegram;

/// <summary>The <c>Telegram</c> section. With no token the adapter is not started.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string OfficialApiBaseUrl = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather. A secret: environment variable or user secrets, never a committed file.</summary>
    public string? Token { get; set; }

    /// <summary>The Bot API server (a self-hosted one, or a fake in tests).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiBaseUrl { get; set; } = OfficialApiBaseUrl;

    /// <summary>How long one getUpdates call waits for news (long polling).</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a user's chat role (from getChatMember) is trusted before it is asked again.</summary>
    [Range(0, 3600)]
    public int RoleCacheSeconds { get; set; } = 60;

    /// <summary>First wait after a network error or a 5xx; doubled on every further failure.</summary>
    [Range(10, 60_000)]
    public int BackoffInitialMilliseconds { get; set; } = 1000;

    /// <summary>Longest wait between retries after network errors or 5xx.</summary>
    [Range(1, 3600)]
    public int BackoffMaxSeconds { get; set; } = 60;

    /// <summary>Longest "retry after" of a 429 that is waited out; Telegram's flood waits are rarely longer.</summary>
    [Range(1, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 300;

    /// <summary>Tries to deliver one message before it is given up (polling itself never gives up).</summary>
    [Range(1, 20)]
    public int SendAttempts { get; set; } = 5;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token);
}
