using System.ComponentModel.DataAnnotations;

namespace SportsBot.Core.Chat;

/// <summary>The <c>Chat</c> section: defaults for new channels and limits that apply everywhere.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>Mode of a channel nobody configured: commands-only, mentions or all-questions.</summary>
    [Required]
    [RegularExpression("^(commands-only|mentions|all-questions)$", ErrorMessage = "Chat:DefaultMode must be commands-only, mentions or all-questions.")]
    public string DefaultMode { get; set; } = "mentions";

    /// <summary>Seconds a member waits between questions in a channel nobody configured.</summary>
    [Range(0, 3600)]
    public int DefaultCooldownSeconds { get; set; } = 10;

    /// <summary>Longest answer text shown in a channel nobody configured, in characters.</summary>
    [Range(200, 4000)]
    public int DefaultMaxAnswerLength { get; set; } = 2000;

    [Required(AllowEmptyStrings = false)]
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Requests from members one channel may make per minute, all members together (Telegram allows a bot about 20 messages a minute in a group).</summary>
    [Range(1, 1000)]
    public int ChannelRequestsPerMinute { get; set; } = 20;

    /// <summary>Largest article file accepted from chat.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Articles per page of <c>/kb list</c>.</summary>
    [Range(1, 50)]
    public int KbPageSize { get; set; } = 10;

    /// <summary>
    /// Messages each platform handles at once (questions, commands, button presses). Answers that wait on a
    /// language model are mostly waiting, so this can be well above the number of cores; messages in one chat are
    /// always handled one after another, in order.
    /// </summary>
    [Range(1, 256)]
    public int MaxConcurrentMessages { get; set; } = 8;

    /// <summary>Messages each platform holds waiting for a free slot; past that, senders are told the bot is busy and to try again shortly.</summary>
    [Range(1, 100_000)]
    public int MaxQueuedMessages { get; set; } = 1000;

    /// <summary>Users who are admins in every channel, as "platform:userId" (e.g. "telegram:123456789"): the bot's operators.</summary>
    public List<string> Operators { get; set; } = [];

    public ChannelMode DefaultChannelMode => ChannelModeText.TryParse(DefaultMode, out var mode) ? mode : ChannelMode.Mentions;

    public ChannelSettings DefaultsFor(ChannelKey key) =>
        new(key, Enabled: true, DefaultChannelMode, DefaultCooldownSeconds, DefaultMaxAnswerLength, ModeratorRole: null, ModeratorUsers: [], DefaultLanguage);
}
