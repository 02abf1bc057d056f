using System.Globalization;

namespace SportsBot.Core.Chat;

/// <summary>The keys of <c>/config set</c>: parsing and checking a value, and showing the current one.</summary>
public static class ChannelSettingKeys
{
    public const string Mode = "mode";
    public const string Cooldown = "cooldown";
    public const string MaxAnswerLength = "max-answer-length";
    public const string ModeratorRole = "moderator-role";
    public const string ModeratorUsers = "moderator-users";
    public const string Language = "language";

    public static IReadOnlyList<string> Names { get; } = [Mode, Cooldown, MaxAnswerLength, ModeratorRole, ModeratorUsers, Language];

    /// <summary>Returns the settings with one key changed; throws <see cref="ChatUsageException"/> for a bad key or value.</summary>
    public static ChannelSettings Apply(ChannelSettings settings, string key, string value)
    {
        value = value.Trim();
        var clear = value.Equals("none", StringComparison.OrdinalIgnoreCase) || value == "-";
        switch (Canonical(key))
        {
            case Mode:
                return ChannelModeText.TryParse(value, out var mode)
                    ? settings with { Mode = mode }
                    : throw new ChatUsageException($"mode must be {ChannelModeText.Choices}.");
            case Cooldown:
                return settings with { CooldownSeconds = ParseInt(value, Cooldown, 0, 3600, "seconds") };
            case MaxAnswerLength:
                return settings with { MaxAnswerLength = ParseInt(value, MaxAnswerLength, 200, 4000, "characters") };
            case ModeratorRole:
                return settings with { ModeratorRole = clear ? null : CheckLength(value, ModeratorRole) };
            case ModeratorUsers:
                return settings with { ModeratorUsers = clear ? [] : ParseUsers(value) };
            case Language:
                return IsLanguageTag(value)
                    ? settings with { Language = value.ToLowerInvariant() }
                    : throw new ChatUsageException("language must be a language code such as en, de or ru.");
            default:
                throw new ChatUsageException($"There is no setting '{key}'. Keys: {string.Join(", ", Names)}.");
        }
    }

    /// <summary>The settings as "key: value" lines.</summary>
    public static IEnumerable<string> Describe(ChannelSettings s)
    {
        yield return $"enabled: {(s.Enabled ? "yes" : "no")}";
        yield return $"{Mode}: {ChannelModeText.Format(s.Mode)} ({ChannelModeText.Describe(s.Mode)})";
        yield return $"{Cooldown}: {(s.CooldownSeconds == 0 ? "off" : $"{s.CooldownSeconds} s between a member's questions")}";
        yield return $"{MaxAnswerLength}: {s.MaxAnswerLength} characters";
        yield return $"{ModeratorRole}: {s.ModeratorRole ?? "none"}";
        yield return $"{ModeratorUsers}: {(s.ModeratorUsers.Count == 0 ? "none" : string.Join(", ", s.ModeratorUsers))}";
        yield return $"{Language}: {s.Language}";
    }

    /// <summary>The current value of one key, as <see cref="Apply"/> accepts it.</summary>
    public static string ValueOf(ChannelSettings s, string key) => key switch
    {
        Mode => ChannelModeText.Format(s.Mode),
        Cooldown => s.CooldownSeconds.ToString(CultureInfo.InvariantCulture),
        MaxAnswerLength => s.MaxAnswerLength.ToString(CultureInfo.InvariantCulture),
        ModeratorRole => s.ModeratorRole ?? "none",
        ModeratorUsers => s.ModeratorUsers.Count == 0 ? "none" : string.Join(",", s.ModeratorUsers),
        Language => s.Language,
        _ => string.Empty,
    };

    /// <summary>The canonical name of a key or one of its aliases.</summary>
    public static string Canonical(string key) => key.ToLowerInvariant() switch
    {
        "cooldown-seconds" => Cooldown,
        "max-length" => MaxAnswerLength,
        "moderators" => ModeratorUsers,
        "lang" => Language,
        var k => k,
    };

    private static int ParseInt(string value, string key, int min, int max, string unit) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ChatUsageException($"{key} must be a whole number of {unit} from {min} to {max}.");

    private static string CheckLength(string value, string key) =>
        value.Length <= 100 ? value : throw new ChatUsageException($"{key} must be at most 100 characters.");

    private static List<string> ParseUsers(string value)
    {
        var users = value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (users.Count > 50 || users.Any(u => u.Length > 64 || !u.TrimStart('@').All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.')))
        {
            throw new ChatUsageException("moderator-users must be a comma-separated list of user ids or @usernames (at most 50), or none.");
        }

        return users;
    }

    private static bool IsLanguageTag(string value) =>
        value.Length is >= 2 and <= 8 && value.All(c => char.IsAsciiLetter(c) || c == '-');
}
