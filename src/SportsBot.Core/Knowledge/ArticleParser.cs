using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Reads an article file: Markdown with YAML front matter, plain text (first line is the title, a dateline under it if any)
/// or HTML (main text only). Anything else is refused with a message a moderator can act on.
/// </summary>
public sealed class ArticleParser(IHtmlTextExtractor htmlExtractor)
{
    public const string UnknownSource = "unknown outlet";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static bool IsSupportedFile(string path) => TryGetFormat(path, out _);

    public static bool TryGetFormat(string path, out ArticleFormat format)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".md" or ".markdown":
                format = ArticleFormat.Markdown;
                return true;
            case ".txt":
                format = ArticleFormat.PlainText;
                return true;
            case ".html" or ".htm":
                format = ArticleFormat.Html;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>Parses raw file bytes; the file name decides the format and the default key. An HTML page is read
    /// within the extractor's limits (depth, size, time) and refused past them.</summary>
    public async Task<ArticleDraft> ParseAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var format = FormatOf(fileName);
        var text = DecodeText(fileName, content);
        if (format != ArticleFormat.Html)
        {
            return Parse(fileName, text, format);
        }

        RequireText(fileName, text);
        var draft = await htmlExtractor.ExtractAsync(text, url: null, cancellationToken) with { Key = KeyFromFileName(fileName) };
        return RequireBody(fileName, draft);
    }

    /// <summary>Parses a Markdown or plain-text file. HTML goes through <see cref="ParseAsync"/>, which bounds its work.</summary>
    public ArticleDraft Parse(string fileName, byte[] content) => Parse(fileName, DecodeText(fileName, content), FormatOf(fileName));

    /// <summary>Parses Markdown or plain text. HTML goes through <see cref="ParseAsync"/>, which bounds its work.</summary>
    public ArticleDraft Parse(string fileName, string text, ArticleFormat format)
    {
        RequireText(fileName, text);
        var key = KeyFromFileName(fileName);
        var draft = format switch
        {
            ArticleFormat.Markdown => ParseMarkdown(fileName, text, key),
            ArticleFormat.PlainText => ParsePlainText(fileName, text, key),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "HTML is read by ParseAsync, within the extractor's limits."),
        };

        return RequireBody(fileName, draft);
    }

    private static ArticleFormat FormatOf(string fileName) =>
        TryGetFormat(fileName, out var format)
            ? format
            : throw new InvalidArticleException($"{fileName}: not an article file (expected .md, .txt or .html).");

    private static void RequireText(string fileName, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidArticleException($"{fileName}: the file is empty.");
        }
    }

    private static ArticleDraft RequireBody(string fileName, ArticleDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Body) ? throw new InvalidArticleException($"{fileName}: the article has a title but no text.") : draft;

    /// <summary>Parses text typed or pasted in chat: first line is the title, the rest is the body.</summary>
    public static ArticleDraft ParsePastedText(string text) => ParsePlainText("pasted text", text, key: null);

    internal static string DecodeText(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            throw new InvalidArticleException($"{fileName}: the file is empty.");
        }

        // A NUL byte never occurs in a text article: it is the sign of a binary (or UTF-16, or corrupted) file. The
        // whole file is checked, and it is refused rather than stripped: a NUL after the first lines means the rest is
        // not what it claims to be, and SQLite would cut the stored text at it.
        var nul = content.AsSpan().IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InvalidArticleException($"{fileName}: this is a binary file, not a text article. It has a NUL byte at byte {nul + 1:N0}.");
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
                .GetString(content)
                .TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidArticleException($"{fileName}: the file is not UTF-8 text.");
        }
    }

    private static ArticleDraft ParseMarkdown(string fileName, string text, string? key)
    {
        var normalized = text.Replace("\r\n", "\n");
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            // Markdown without front matter reads like plain text: first line (or # heading) is the title.
            return ParsePlainText(fileName, normalized, key);
        }

        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidArticleException($"{fileName}: the front matter starts with '---' but never ends; add a closing '---' line.");
        }

        var yaml = normalized[4..end];
        var bodyStart = normalized.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? string.Empty : normalized[(bodyStart + 1)..];

        Dictionary<string, object?> fields;
        try
        {
            fields = Yaml.Deserialize<Dictionary<string, object?>>(yaml) ?? [];
        }
        catch (YamlException ex)
        {
            // "title: Paris 2024 closes: how neutrals fared" is invalid YAML but obvious to a person; headlines
            // often contain a colon, so plain "key: value" lines are accepted before giving up.
            fields = SimpleFields(yaml)
                ?? throw new InvalidArticleException($"{fileName}: the front matter is not valid YAML (line {ex.Start.Line}): {FirstLine(ex.Message)}");
        }

        var title = Field(fields, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new InvalidArticleException($"{fileName}: the front matter has no title.");
        }

        var url = Field(fields, "url");
        if (url is not null && !IsHttpUrl(url))
        {
            throw new InvalidArticleException($"{fileName}: url '{LinkCredentials.Strip(url)}' is not an http(s) link.");
        }

        return new ArticleDraft(
            Key: Slug(Field(fields, "id")) ?? key,
            Title: title.Trim(),
            Url: url,
            Source: Field(fields, "source")?.Trim() ?? UnknownSource,
            Published: ParseDate(fileName, Field(fields, "published") ?? Field(fields, "date")),
            Language: Field(fields, "language")?.Trim() ?? "en",
            Body: body);
    }

    private static ArticleDraft ParsePlainText(string fileName, string text, string? key)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (titleIndex < 0)
        {
            throw new InvalidArticleException($"{fileName}: the file is empty.");
        }

        var title = lines[titleIndex].Trim().TrimStart('#').Trim();
        var rest = lines.Skip(titleIndex + 1).ToList();
        // A copied page puts its byline and date under the headline, sometimes below a photo caption.
        var dateline = rest.Select((line, i) => (Index: i, Date: Dateline.Read(line)))
            .Where(l => !string.IsNullOrWhiteSpace(rest[l.Index])).Take(DatelineSearch).FirstOrDefault(l => l.Date is not null);
        var outlet = UnknownSource;
        if (dateline.Date is not null)
        {
            // "By Tomas Reinholt, The Grandmaster Gazette, 26 November 2024" names the outlet a citation shows.
            outlet = Dateline.Outlet(rest[dateline.Index]) ?? UnknownSource;
            rest.RemoveAt(dateline.Index);
        }

        return new ArticleDraft(key, title, Url: null, outlet, dateline.Date, "en", string.Join('\n', rest));
    }

    /// <summary>The lines under a plain-text headline looked at for its dateline: the first, or the one after a caption.</summary>
    private const int DatelineSearch = 2;

    public static DateOnly? ParseDate(string fileName, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy HH:mm:ss", "M/d/yyyy h:mm:ss tt"];
        if (DateTime.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return DateOnly.FromDateTime(exact);
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose))
        {
            return DateOnly.FromDateTime(loose.UtcDateTime);
        }

        throw new InvalidArticleException($"{fileName}: published date '{value.Trim()}' is not a date; write it as YYYY-MM-DD.");
    }

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);

    private static Dictionary<string, object?>? SimpleFields(string yaml)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return null;
            }

            fields[line[..colon]] = line[(colon + 1)..].Trim().Trim('"', '\'');
        }

        return fields;
    }

    private static string? Field(Dictionary<string, object?> fields, string name)
    {
        var match = fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase));
        return match.Value switch
        {
            null => null,
            string s => s,
            IEnumerable<object> => throw new InvalidArticleException($"front matter field '{name}' must be a single value, not a list."),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
    }

    private static string? KeyFromFileName(string fileName) => Slug(Path.GetFileNameWithoutExtension(fileName));

    /// <summary>Lower-case letters, digits and dashes: safe in commands, URLs and file names.</summary>
    public static string? Slug(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? null : slug[..Math.Min(slug.Length, 80)];
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
