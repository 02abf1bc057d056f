using System.Text;
using Telegram.Bot.Extensions;

namespace SportsBot.Telegram;

/// <summary>
/// Cuts Telegram HTML into pieces of at most a number of visible characters (what Telegram's limit counts), never
/// inside a tag or an entity such as <c>&amp;amp;</c>: a tag still open at a cut is closed there and opened again at
/// the start of the next piece, so every piece is HTML Telegram accepts on its own. Cuts fall at a line break, else
/// at a space, else anywhere between characters.
/// </summary>
internal static class TelegramHtmlSplitter
{
    public static IEnumerable<string> Split(string html, int maxVisible)
    {
        var tokens = Tokenize(html);
        var start = 0;
        IReadOnlyList<Token> reopen = [];
        while (start < tokens.Count)
        {
            var (end, next, open) = NextCut(tokens, start, reopen, maxVisible);
            var piece = new StringBuilder();
            foreach (var tag in reopen)
            {
                piece.Append(tag.Html);
            }

            for (var i = start; i < end; i++)
            {
                piece.Append(tokens[i].Html);
            }

            for (var i = open.Count - 1; i >= 0; i--)
            {
                piece.Append("</").Append(open[i].TagName).Append('>');
            }

            if (HtmlTextHasContent(piece))
            {
                yield return piece.ToString();
            }

            start = next;
            reopen = open;
        }
    }

    /// <summary>Where the piece that begins at <paramref name="start"/> ends, where the next begins, and the tags open at the cut.</summary>
    private static (int End, int Next, IReadOnlyList<Token> Open) NextCut(List<Token> tokens, int start, IReadOnlyList<Token> reopen, int maxVisible)
    {
        var open = new List<Token>(reopen);
        (int At, IReadOnlyList<Token> Open)? lineBreak = null;
        (int At, IReadOnlyList<Token> Open)? space = null;
        var visible = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (visible + token.Visible > maxVisible && visible > 0)
            {
                // Half a message at least, or the message would be mostly empty; then any boundary will do.
                var cut = lineBreak is { } l && l.At - start >= (i - start) / 2 ? l
                    : space is { } s && s.At - start >= (i - start) / 2 ? s
                    : (At: i, Open: (IReadOnlyList<Token>)[.. open]);
                var next = cut.At;
                while (next < tokens.Count && tokens[next].IsSpace)
                {
                    next++;
                }

                return (cut.At, next, cut.Open);
            }

            visible += token.Visible;
            switch (token.Kind)
            {
                case TokenKind.OpenTag:
                    open.Add(token);
                    break;
                case TokenKind.CloseTag:
                    var match = open.FindLastIndex(t => t.TagName == token.TagName);
                    if (match >= 0)
                    {
                        open.RemoveAt(match);
                    }

                    break;
                case TokenKind.Text when token.Html == "\n":
                    lineBreak = (i, [.. open]);
                    break;
                case TokenKind.Text when token.IsSpace:
                    space = (i, [.. open]);
                    break;
            }
        }

        return (tokens.Count, tokens.Count, []);
    }

    private static bool HtmlTextHasContent(StringBuilder piece) => HtmlText.PlainLength(piece.ToString()) > 0;

    /// <summary>Tags, entities and characters (a surrogate pair stays one token); only the latter two are visible.</summary>
    private static List<Token> Tokenize(string html)
    {
        var tokens = new List<Token>(html.Length);
        for (var i = 0; i < html.Length;)
        {
            int end;
            if (html[i] == '<' && (end = html.IndexOf('>', i)) > i)
            {
                var tag = html[i..(end + 1)];
                var closing = tag.StartsWith("</", StringComparison.Ordinal);
                var name = tag[(closing ? 2 : 1)..^1].Split([' ', '\t', '\n'], 2)[0];
                tokens.Add(new Token(closing ? TokenKind.CloseTag : TokenKind.OpenTag, tag, 0, name));
                i = end + 1;
            }
            else if (html[i] == '&' && (end = html.IndexOf(';', i)) > i && end - i <= 10)
            {
                tokens.Add(new Token(TokenKind.Text, html[i..(end + 1)], 1, string.Empty));
                i = end + 1;
            }
            else
            {
                var length = char.IsHighSurrogate(html[i]) && i + 1 < html.Length ? 2 : 1;
                tokens.Add(new Token(TokenKind.Text, html.Substring(i, length), length, string.Empty));
                i += length;
            }
        }

        return tokens;
    }

    private enum TokenKind
    {
        Text,
        OpenTag,
        CloseTag,
    }

    private sealed record Token(TokenKind Kind, string Html, int Visible, string TagName)
    {
        public bool IsSpace => Kind == TokenKind.Text && Html is " " or "\n";
    }
}
