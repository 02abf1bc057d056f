using System.Globalization;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat.Commands;

/// <summary>
/// Turns "/kb add …" into a command record. Adapters have already removed a platform's bot-name suffix
/// ("/ask@SportsBot"); everything after the command words is kept as typed, newlines included, so a pasted
/// article keeps its paragraphs.
/// </summary>
public static class CommandParser
{
    public static bool IsCommand(string text) => text.Length > 1 && text[0] == '/' && char.IsAsciiLetter(text[1]);

    public static ChatCommand Parse(string text)
    {
        var (name, rest) = SplitWord(text.TrimStart()[1..]);
        name = name.ToLowerInvariant();
        return name switch
        {
            "ask" => new AskCommand(rest),
            "help" or "start" => new HelpCommand(),
            "sources" => new SourcesCommand(),
            "kb" => ParseKb(rest),
            "config" => ParseConfig(rest),
            _ => new UnknownCommand(name),
        };
    }

    private static ChatCommand ParseKb(string text)
    {
        const string usage = "Usage: /kb list [page] · /kb search <words> · /kb show <id> · /kb add <link, text or file> · /kb edit <id> <field> <value> · /kb remove <id> · /kb feed add|list|poll|remove · /kb stale [days] · /kb gaps [days]";
        var (sub, rest) = SplitWord(text);
        switch (sub.ToLowerInvariant())
        {
            case "add":
                return new KbAddCommand(rest);
            case "remove" or "rm" or "delete":
                return Reference(rest) is { } removed
                    ? new KbRemoveCommand(removed)
                    : new InvalidCommand("kb remove", "Usage: /kb remove <id>, with an id such as #42 from /kb list or /kb search.");
            case "show" or "info":
                return Reference(rest) is { } shown
                    ? new KbShowCommand(shown)
                    : new InvalidCommand("kb show", "Usage: /kb show <id>, with an id such as #42 from /kb list or /kb search.");
            case "edit":
                return ParseEdit(rest);
            case "gaps":
                return Days(rest, KbGapsCommand.DefaultDays) is { } gapDays
                    ? new KbGapsCommand(gapDays)
                    : new InvalidCommand("kb gaps", $"Usage: /kb gaps [days], where days is a number from 1 (default {KbGapsCommand.DefaultDays}).");
            case "list":
                if (rest.Trim().Length == 0)
                {
                    return new KbListCommand(1);
                }

                return int.TryParse(rest.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
                    ? new KbListCommand(page)
                    : new InvalidCommand("kb list", "Usage: /kb list [page], where page is a number from 1.");
            case "search":
                return rest.Trim().Length == 0
                    ? new InvalidCommand("kb search", "Usage: /kb search <words>, for example /kb search Wimbledon 2023.")
                    : new KbSearchCommand(rest.Trim());
            case "feed" or "feeds":
                return ParseFeed(rest);
            case "stale":
                return Days(rest, KbStaleCommand.DefaultDays) is { } staleDays
                    ? new KbStaleCommand(staleDays)
                    : new InvalidCommand("kb stale", "Usage: /kb stale [days], where days is a number from 1 (default 365).");
            default:
                return new InvalidCommand("kb", usage);
        }
    }

    private static ChatCommand ParseFeed(string text)
    {
        const string usage = "Usage: /kb feed add <url> · /kb feed list · /kb feed poll <id> · /kb feed remove <id>";
        var (sub, rest) = SplitWord(text);
        switch (sub.ToLowerInvariant())
        {
            case "add":
                var url = rest.Trim();
                return url.Length == 0 || url.Any(char.IsWhiteSpace)
                    ? new InvalidCommand("kb feed add", "Usage: /kb feed add <url of an RSS or Atom feed>.")
                    : new KbFeedAddCommand(url);
            case "list" or "":
                return new KbFeedListCommand();
            case "remove" or "rm" or "delete":
                return long.TryParse(rest.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? new KbFeedRemoveCommand(id)
                    : new InvalidCommand("kb feed remove", "Usage: /kb feed remove <id>, with an id from /kb feed list.");
            case "poll":
                return long.TryParse(rest.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var polled)
                    ? new KbFeedPollCommand(polled)
                    : new InvalidCommand("kb feed poll", "Usage: /kb feed poll <id>, with an id from /kb feed list.");
            default:
                return new InvalidCommand("kb feed", usage);
        }
    }

    private static ChatCommand ParseEdit(string text)
    {
        const string usage = "Usage: /kb edit <id> date|title|source|url <value>, e.g. /kb edit #42 date 2023-12-08 (date and url also take 'none').";
        var (reference, rest) = SplitWord(text);
        var (field, value) = SplitWord(rest);
        ArticleField? parsed = field.ToLowerInvariant() switch
        {
            "date" or "published" => ArticleField.Date,
            "title" => ArticleField.Title,
            "source" or "outlet" => ArticleField.Source,
            "url" or "link" => ArticleField.Url,
            _ => null,
        };
        return Reference(reference) is { } id && parsed is { } f && value.Trim().Length > 0
            ? new KbEditCommand(id, f, value.Trim())
            : new InvalidCommand("kb edit", usage);
    }

    /// <summary>One article reference ("#42", "42" or a long id); null when there is none or more than one word.</summary>
    private static string? Reference(string text)
    {
        var id = text.Trim().TrimStart('#');
        return id.Length == 0 || id.Any(char.IsWhiteSpace) ? null : id;
    }

    /// <summary>An optional number of days; null when something else was typed.</summary>
    private static int? Days(string text, int defaultDays)
    {
        if (text.Trim().Length == 0)
        {
            return defaultDays;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 36_500 ? days : null;
    }

    private static ChatCommand ParseConfig(string text)
    {
        const string usage = "Usage: /config show · /config enable · /config disable · /config set <key> <value>";
        var (sub, rest) = SplitWord(text);
        switch (sub.ToLowerInvariant())
        {
            case "show" or "":
                return new ConfigShowCommand();
            case "enable" or "on":
                return new ConfigEnableCommand(true);
            case "disable" or "off":
                return new ConfigEnableCommand(false);
            case "set":
                var (key, value) = SplitWord(rest);
                return key.Length == 0 || value.Trim().Length == 0
                    ? new InvalidCommand("config set", $"Usage: /config set <key> <value>. Keys: {string.Join(", ", ChannelSettingKeys.Names)}.")
                    : new ConfigSetCommand(key.ToLowerInvariant(), value.Trim());
            default:
                return new InvalidCommand("config", usage);
        }
    }

    /// <summary>The first word and everything after the whitespace that follows it.</summary>
    private static (string Word, string Remainder) SplitWord(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var rest = trimmed[end..];
        // Drop the spaces after the word but keep the line breaks that start a pasted body.
        rest = rest.TrimStart(' ', '\t');
        if (rest.StartsWith('\n') || rest.StartsWith("\r\n", StringComparison.Ordinal))
        {
            rest = rest.TrimStart('\r', '\n');
        }

        return (trimmed[..end], rest);
    }
}
