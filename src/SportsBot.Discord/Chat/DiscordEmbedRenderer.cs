using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Discord.Model;

namespace SportsBot.Discord.Chat;

/// <summary>
/// A reply as Discord messages. Answers are an embed: the answer as its description and one field per source
/// (title, outlet, date, link); /sources adds each source's passage. Notices and errors are plain text. All text
/// from articles and users is markdown-escaped, and every Discord limit (2000 content, 4096 description, 25
/// fields, 6000 per message, 10 embeds) is kept by splitting, never by losing a source. The reply's buttons go
/// under its last message; a private reply is marked ephemeral (shown to the user alone when sent for an interaction).
/// </summary>
public static class DiscordEmbedRenderer
{
    public const int AnswerColor = 0x2B6CB0;
    public const int SourcesColor = 0x718096;

    /// <summary>Quotes in /sources are cut here so one source never fills a field.</summary>
    private const int MaxQuoteLength = 700;

    public static IReadOnlyList<DiscordOutgoingMessage> Render(OutgoingReply reply)
    {
        var text = DiscordMarkdown.Escape(reply.Text);
        var messages = reply.Kind switch
        {
            ReplyKind.Answer => Embeds(text, AnswerColor, reply.Citations.Select(c => SourceField(c, withQuote: false))),
            ReplyKind.Sources => Embeds(text, SourcesColor, reply.Citations.Select(c => SourceField(c, withQuote: true))),
            ReplyKind.Error => PlainText("⚠️ " + text),
            _ => PlainText(text),
        };
        var replyTo = reply.ReplyTo?.Value;
        var buttons = reply.Actions.Select(a => new DiscordButton(DiscordMarkdown.Truncate(a.Label, DiscordLimits.ButtonLabel), a.Data)).ToList();
        return [.. messages.Select((m, i) => m with
        {
            ReplyToMessageId = i == 0 ? replyTo : null,
            Buttons = i == messages.Count - 1 ? buttons : [],
            Ephemeral = reply.Private,
        })];
    }

    private static List<DiscordOutgoingMessage> PlainText(string text) =>
        [.. DiscordMarkdown.Split(text, DiscordLimits.Content).Select(piece => new DiscordOutgoingMessage(piece, [], null))];

    private static List<DiscordOutgoingMessage> Embeds(string description, int color, IEnumerable<DiscordEmbedField> fields)
    {
        var embeds = DiscordMarkdown.Split(description, DiscordLimits.EmbedDescription)
            .Select(piece => (Description: (string?)piece, Fields: new List<DiscordEmbedField>()))
            .ToList();
        foreach (var field in fields)
        {
            var last = embeds[^1];
            var length = (last.Description?.Length ?? 0) + last.Fields.Sum(f => f.Name.Length + f.Value.Length);
            if (last.Fields.Count == DiscordLimits.FieldsPerEmbed || length + field.Name.Length + field.Value.Length > DiscordLimits.EmbedTotal)
            {
                embeds.Add((null, []));
            }

            embeds[^1].Fields.Add(field);
        }

        return Pack([.. embeds.Select(e => new DiscordEmbed(null, e.Description, color, e.Fields))]);
    }

    /// <summary>Fills messages with whole embeds, up to 10 and 6000 characters each.</summary>
    private static List<DiscordOutgoingMessage> Pack(IReadOnlyList<DiscordEmbed> embeds)
    {
        var messages = new List<DiscordOutgoingMessage>();
        var current = new List<DiscordEmbed>();
        foreach (var embed in embeds)
        {
            if (current.Count == DiscordLimits.EmbedsPerMessage || (current.Count > 0 && current.Sum(e => e.Length) + embed.Length > DiscordLimits.EmbedTotal))
            {
                messages.Add(new DiscordOutgoingMessage(null, current, null));
                current = [];
            }

            current.Add(embed);
        }

        messages.Add(new DiscordOutgoingMessage(null, current, null));
        return messages;
    }

    /// <summary>"[1] Title" over "Outlet, 8 December 2023 · link", and for /sources the passage quoted below.</summary>
    private static DiscordEmbedField SourceField(Citation citation, bool withQuote)
    {
        var name = DiscordMarkdown.Truncate($"[{citation.N}] {DiscordMarkdown.Escape(citation.Title)}", DiscordLimits.FieldName);
        var value = DiscordMarkdown.Truncate($"{DiscordMarkdown.Escape(citation.Source)}, {DateText.Format(citation.Published)}", DiscordLimits.FieldValue / 4);
        if (citation.Url is { } url && ArticleParser.IsHttpUrl(url) && Link(url) is var link && value.Length + 3 + link.Length <= DiscordLimits.FieldValue)
        {
            value += " · " + link;
        }

        var room = Math.Min(DiscordLimits.FieldValue - value.Length - 3, MaxQuoteLength);
        if (withQuote && citation.Quote.Trim().Length > 0 && room > 20)
        {
            value += "\n> " + DiscordMarkdown.Truncate(DiscordMarkdown.Escape(citation.Quote.ReplaceLineEndings(" ").Trim()), room);
        }

        return new DiscordEmbedField(name, value);
    }

    /// <summary>A masked link named after the site; characters that would end the link early are percent-encoded.</summary>
    private static string Link(string url)
    {
        var uri = new Uri(url);
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var safe = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
        return safe.Length > 512 ? DiscordMarkdown.Escape(host) : $"[{DiscordMarkdown.Escape(host)}]({safe})";
    }
}
