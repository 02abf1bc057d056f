namespace SportsBot.Infrastructure.Extraction;

/// <summary>
/// How deep a page nests its elements and how many it has, measured by a cheap scan of the tags before any parser
/// sees the page. The parser and the readability pass recurse on depth and slow down sharply with both, so a page
/// of 100,000 nested &lt;div&gt;s (1 MB, under every size cap) would otherwise overflow the stack and end the process.
/// The scan approximates the tree a browser builds (void elements, implied end tags, raw-text elements, stray end
/// tags) closely enough to judge a page, and stops as soon as a limit is passed.
/// </summary>
/// <param name="Depth">The deepest nesting seen (at most one past the limit the scan was given).</param>
/// <param name="Elements">Elements outside &lt;svg&gt; and &lt;math&gt; (those are dropped before reading), up to one past the limit.</param>
public readonly record struct HtmlShape(int Depth, int Elements)
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image",
    };

    /// <summary>Elements whose content is text up to their own end tag, never markup.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Elements a browser closes when another of the same kind opens (<c>&lt;p&gt;a&lt;p&gt;b</c> is two siblings).</summary>
    private static readonly HashSet<string> SelfClosingSiblings = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rt", "rp", "thead", "tbody", "tfoot",
    };

    public static HtmlShape Measure(string html, int maxDepth, int maxElements)
    {
        var open = new List<string>();
        int deepest = 0, elements = 0, foreignDepth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
            }
            else if (next is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
            }
            else if (next == '/')
            {
                var (name, end) = ReadName(html, i + 2);
                Close(open, name, ref foreignDepth);
                i = SkipPast(html, end, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = ReadName(html, i + 1);
                var tagEnd = EndOfTag(html, end);
                var selfClosed = tagEnd > 0 && html[tagEnd - 1] == '/';
                i = tagEnd + 1;
                if (foreignDepth == 0 && name is not ("svg" or "math"))
                {
                    elements++;
                }

                if (VoidElements.Contains(name) || (selfClosed && (foreignDepth > 0 || name is "svg" or "math")))
                {
                    deepest = Math.Max(deepest, open.Count + 1);
                }
                else if (RawTextElements.Contains(name) && foreignDepth == 0)
                {
                    deepest = Math.Max(deepest, open.Count + 1);
                    i = SkipRawText(html, i, name);
                }
                else
                {
                    if (SelfClosingSiblings.Contains(name) && open.Count > 0 && open[^1] == name)
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    open.Add(name);
                    if (name is "svg" or "math" || foreignDepth > 0)
                    {
                        foreignDepth++;
                    }

                    deepest = Math.Max(deepest, open.Count);
                }

                if (deepest > maxDepth || elements > maxElements)
                {
                    break;
                }
            }
            else
            {
                i++;
            }
        }

        return new HtmlShape(deepest, elements);
    }

    /// <summary>An end tag closes the nearest open element of its name and everything opened inside it; a stray one is ignored.</summary>
    private static void Close(List<string> open, string name, ref int foreignDepth)
    {
        var at = open.LastIndexOf(name);
        if (at < 0)
        {
            return;
        }

        foreignDepth = Math.Max(0, foreignDepth - (open.Count - at));
        open.RemoveRange(at, open.Count - at);
    }

    private static (string Name, int End) ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_'))
        {
            end++;
        }

        return (html[start..end].ToLowerInvariant(), end);
    }

    /// <summary>The index of the tag's closing '&gt;', skipping quoted attribute values; the text's end if there is none.</summary>
    private static int EndOfTag(string html, int i)
    {
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return html.Length;
    }

    private static int SkipRawText(string html, int i, string name)
    {
        var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : SkipPast(html, close, ">");
    }

    private static int SkipPast(string html, int i, string marker)
    {
        var at = html.IndexOf(marker, i, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
