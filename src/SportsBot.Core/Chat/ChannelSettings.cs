namespace SportsBot.Core.Chat;

/// <summary>How the bot behaves in one channel. A channel nobody configured uses the defaults from <see cref="ChatOptions"/>.</summary>
/// <param name="CooldownSeconds">Seconds a member waits between questions; 0 turns the per-user limit off.</param>
/// <param name="MaxAnswerLength">Longest answer text shown, in characters; longer answers are cut at a sentence and /sources still lists everything.</param>
/// <param name="ModeratorRole">A platform role (name or id) whose holders are moderators here.</param>
/// <param name="ModeratorUsers">User ids or @handles who are moderators here.</param>
/// <param name="Language">A hint for answerers that can write in other languages; sources are quoted as written.</param>
public sealed record ChannelSettings(
    ChannelKey Key,
    bool Enabled,
    ChannelMode Mode,
    int CooldownSeconds,
    int MaxAnswerLength,
    string? ModeratorRole,
    IReadOnlyList<string> ModeratorUsers,
    string Language);
