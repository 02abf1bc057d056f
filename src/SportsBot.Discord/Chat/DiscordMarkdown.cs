using System.Text;
using System.Text.RegularExpressions;

namespace SportsBot.Discord.Chat;

/// <summary>
/// Text from articles and users shown as written: Discord markdown (bold, links, headings, quotes, spoilers,
/// mentions, timestamps) is escaped, so a title like "**[Click](https://…)**" arrives as those characters.
/// </summary>
public static partial class DiscordMarkdown
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var (line, index) in text.Replace("\r\n", "\n").Split('\n').Select((l, i) => (l, i)))
        {
            if (index > 0)
            {
                escaped.Append('\n');
            }

            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            escaped.Append(line, 0, indent);
            var body = line[indent..];
            // Headings, quotes, list items and "-#" subtext only mean something at the start of a line.
            if (body.Length > 0 && body[0] is '#' or '>' or '-' or '+')
            {
                escaped.Append('\\');
            }
            else if (NumberedItem().Match(body) is { Success: true } item)
            {
                escaped.Append(body, 0, item.Length - 1).Append("\\.");
                body = body[item.Length..];
            }

            foreach (var c in body)
            {
                if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '<')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        // allowed_mentions already keeps these from pinging; this keeps them from even looking like a ping.
        return EveryoneOrHere().Replace(escaped.ToString(), "@\u200B$1");
    }

    /// <summary>
    /// Splits text into pieces of at most <paramref name="max"/> characters: at paragraphs, else lines, else spaces,
    /// never leaving an escaping backslash at the end of a piece.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = Break(rest, max, "\n\n") ?? Break(rest, max, "\n") ?? Break(rest, max, " ") ?? max;
            cut = OutsideEscape(rest, cut);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest.Length > 0 ? rest : "…");
        }

        return pieces;
    }

    /// <summary>Cuts text to <paramref name="max"/> characters with an ellipsis, at a space when one is near.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        var space = text.LastIndexOf(' ', cut - 1);
        if (space > max * 3 / 4)
        {
            cut = space;
        }

        return text[..OutsideEscape(text, cut)].TrimEnd() + "…";
    }

    private static int? Break(string text, int max, string separator)
    {
        var at = text.LastIndexOf(separator, max - 1, StringComparison.Ordinal);
        return at >= max / 2 ? at : null;
    }

    /// <summary>Moves a cut back over a backslash that would otherwise escape nothing (an odd run of them).</summary>
    private static int OutsideEscape(string text, int cut)
    {
        var run = 0;
        while (cut - run - 1 >= 0 && text[cut - run - 1] == '\\')
        {
            run++;
        }

        return run % 2 == 1 ? cut - 1 : cut;
    }

    [GeneratedRegex(@"^\d+\.(?=\s)")]
    private static partial Regex NumberedItem();

    [GeneratedRegex("@(everyone|here)", RegexOptions.IgnoreCase)]
    private static partial Regex EveryoneOrHere();
}
