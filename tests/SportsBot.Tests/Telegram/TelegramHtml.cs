using System.Net;
using System.Text.RegularExpressions;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// What Telegram's HTML parse mode accepts, as the fake Bot API checks it: only Telegram's tags, each closed in
/// order, every &amp; starting an entity, and at most 4096 characters of text once parsed.
/// </summary>
public static partial class TelegramHtml
{
    public const int MaxTextLength = 4096;

    private static readonly HashSet<string> Tags = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"];

    /// <returns>Telegram's reason for refusing <paramref name="html"/>, or null when it is accepted.</returns>
    public static string? Problem(string html)
    {
        var open = new Stack<string>();
        foreach (Match token in Token().Matches(html))
        {
            var value = token.Value;
            if (value[0] == '&' && !Entity().IsMatch(value))
            {
                return $"can't parse entities: unsupported start of an entity at byte offset {token.Index}";
            }

            if (value[0] != '<')
            {
                continue;
            }

            if (!value.EndsWith('>'))
            {
                return $"can't parse entities: unclosed start tag at byte offset {token.Index}";
            }

            var closing = value.StartsWith("</", StringComparison.Ordinal);
            var name = TagName().Match(value).Groups[1].Value;
            if (!Tags.Contains(name))
            {
                return $"can't parse entities: unsupported start tag \"{name}\" at byte offset {token.Index}";
            }

            if (!closing)
            {
                open.Push(name);
            }
            else if (open.Count == 0 || open.Pop() != name)
            {
                return $"can't parse entities: unmatched end tag at byte offset {token.Index}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\", found \"{value}\"";
            }
        }

        if (open.Count > 0)
        {
            return $"can't parse entities: can't find end tag corresponding to start tag \"{open.Peek()}\"";
        }

        return Plain(html).Length > MaxTextLength ? "message is too long" : null;
    }

    /// <summary>The text a reader sees: tags dropped, entities decoded.</summary>
    public static string Plain(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", string.Empty));

    [GeneratedRegex("<[^>]*>?|&[^;&<\\s]*;?")]
    private static partial Regex Token();

    [GeneratedRegex("^&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);$")]
    private static partial Regex Entity();

    [GeneratedRegex("^</?([a-z-]+)")]
    private static partial Regex TagName();
}
