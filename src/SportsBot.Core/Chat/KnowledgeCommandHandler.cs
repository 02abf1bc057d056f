using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Chat;

/// <summary>/kb add, remove, list and search: moderators grow the knowledge base from chat, everyone can browse it; ids show as short numbers (#42).</summary>
public sealed class KnowledgeCommandHandler(
    KnowledgeWriter writer,
    ArticleParser parser,
    IArticleFetcher fetcher,
    IKnowledgeStore store,
    ArticleLookup lookup,
    ArticleEditor editor,
    IRetriever retriever,
    IKeywordSearch keywords,
    QueryAnalyzer analyzer,
    TermMatcher matcher,
    IAuditLog audit,
    TimeProvider time,
    IOptions<ChatOptions> chatOptions,
    IOptions<AnswerOptions> answerOptions,
    ILogger<KnowledgeCommandHandler> logger)
{
    private const int MaxFilesPerMessage = 5;
    private const int SearchResults = 5;

    /// <summary>Closer than this in meaning counts as related when /kb search finds none of the words.</summary>
    private const double RelatedSimilarity = 0.42;
    private const string PastedName = "pasted article";

    public async Task AddAsync(ChatContext context, KbAddCommand command, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var files = message.Attachments.Count > 0 ? message.Attachments : message.ReplyTo?.Attachments ?? [];
        if (files.Count > 0)
        {
            var lines = new List<string>();
            foreach (var file in files.Take(MaxFilesPerMessage))
            {
                lines.Add(await AddFileAsync(context, file, cancellationToken));
            }

            if (files.Count > MaxFilesPerMessage)
            {
                lines.Add($"Only the first {MaxFilesPerMessage} files of a message are added; send the others separately.");
            }

            await context.NoticeAsync(string.Join('\n', lines), cancellationToken);
            return;
        }

        var text = command.Argument.Trim().Length > 0 ? command.Argument : message.ReplyTo is { IsFromBot: false } r ? r.Text ?? string.Empty : string.Empty;
        if (text.Trim().Length == 0)
        {
            await context.RefuseAsync(
                "Usage: /kb add followed by the article (first line the title, then the text), or attach a .txt, .md or .html file, or reply /kb add to a message that holds the article.",
                cancellationToken);
            return;
        }

        var reply = IsLink(text) ? await AddLinkAsync(context, text.Trim(), cancellationToken) : await AddTextAsync(context, text, cancellationToken);
        await context.NoticeAsync(reply, cancellationToken);
    }

    public async Task RemoveAsync(ChatContext context, KbRemoveCommand command, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(command.ArticleId, cancellationToken) is not { } found)
        {
            await context.RefuseAsync($"There is no article #{command.ArticleId.TrimStart('#')}. /kb list and /kb search show the ids.", cancellationToken);
            return;
        }

        var (article, number) = found;
        await writer.RemoveAsync(article.Id, cancellationToken);
        await RecordAsync(context, "kb remove", $"{number} ({article.Id}) \"{article.Title}\"", cancellationToken);
        var bundled = article.Origin.StartsWith(KnowledgeFolderSync.OriginPrefix, StringComparison.Ordinal)
            ? " It came from the bundled knowledge folder, so it returns at the next restart unless its file is deleted there."
            : string.Empty;
        await context.NoticeAsync($"Removed {number} \"{article.Title}\".{bundled}", cancellationToken);
    }

    public async Task ListAsync(ChatContext context, KbListCommand command, CancellationToken cancellationToken)
    {
        var size = chatOptions.Value.KbPageSize;
        var total = await store.CountAsync(cancellationToken);
        if (total == 0)
        {
            await context.NoticeAsync("The knowledge base is empty. Moderators can add articles with /kb add.", cancellationToken);
            return;
        }

        var pages = (total + size - 1) / size;
        if (command.Page > pages)
        {
            await context.NoticeAsync($"There {(pages == 1 ? "is only 1 page" : $"are only {pages} pages")} ({Counted.Of(total, "article")}).", cancellationToken);
            return;
        }

        var articles = await store.ListAsync((command.Page - 1) * size, size, cancellationToken);
        var text = new StringBuilder($"Articles, newest first (page {command.Page} of {pages}, {total} in all):");
        await AppendLinesAsync(text, articles, cancellationToken);

        if (command.Page < pages)
        {
            text.Append($"\nNext: /kb list {command.Page + 1}");
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    /// <summary>
    /// Word search: articles containing the most of the words first (bm25 breaks ties), so a short new article
    /// is found by its own words. When no article has any of them, the closest articles by meaning are offered.
    /// </summary>
    public async Task SearchAsync(ChatContext context, KbSearchCommand command, CancellationToken cancellationToken)
    {
        var words = command.Words.Length > answerOptions.Value.MaxQuestionLength ? command.Words[..answerOptions.Value.MaxQuestionLength] : command.Words;
        var query = analyzer.Analyze(words);
        var found = query.Terms.Count + query.Aliases.Count > 0
            ? await ByWordsAsync(query, cancellationToken)
            : [];
        var heading = $"Articles about \"{command.Words}\":";
        if (found.Count == 0)
        {
            var retrieval = await retriever.RetrieveAsync(words, cancellationToken);
            found = [.. retrieval.Passages.Where(p => p.Similarity >= RelatedSimilarity).Take(SearchResults).Select(p => p.Article)];
            heading = $"No article has those words; closest in meaning to \"{command.Words}\":";
        }

        if (found.Count == 0)
        {
            await context.NoticeAsync($"No article matches \"{command.Words}\".", cancellationToken);
            return;
        }

        var text = new StringBuilder(heading);
        await AppendLinesAsync(text, found, cancellationToken);

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    private async Task<List<Article>> ByWordsAsync(QueryAnalysis query, CancellationToken cancellationToken)
    {
        var hits = await keywords.SearchAsync(query, 200, cancellationToken);
        var best = hits.GroupBy(h => h.ArticleId).Select(g => (Id: g.Key, Bm25: g.Min(h => h.Bm25))).ToList();
        var terms = query.Terms.Select(t => matcher.Term(t, isName: true)).ToList();
        var articles = new List<(Article Article, double Words, double Bm25)>();
        foreach (var (id, bm25) in best)
        {
            if (await store.GetAsync(id, cancellationToken) is { } article)
            {
                articles.Add((article, matcher.Coverage(terms, matcher.Read(article.Title + " " + article.Body)), bm25));
            }
        }

        return [.. articles.OrderByDescending(a => a.Words).ThenBy(a => a.Bm25).Take(SearchResults).Select(a => a.Article)];
    }

    private async Task<string> AddFileAsync(ChatContext context, ChatAttachment file, CancellationToken cancellationToken)
    {
        var max = chatOptions.Value.MaxAttachmentBytes;
        if (!ArticleParser.IsSupportedFile(file.FileName))
        {
            return $"{file.FileName}: not an article file; attach .txt, .md or .html.";
        }

        if (file.SizeBytes > max)
        {
            return $"{file.FileName}: {file.SizeBytes / 1024} KB is more than the {max / 1024} KB an article file may have.";
        }

        var bytes = await file.Download(cancellationToken);
        if (bytes.Length > max)
        {
            return $"{file.FileName}: {bytes.Length / 1024} KB is more than the {max / 1024} KB an article file may have.";
        }

        try
        {
            var draft = await parser.ParseAsync(file.FileName, bytes, cancellationToken);
            return $"{file.FileName}: {await IngestAsync(context, draft, $":{file.FileName}", cancellationToken)}";
        }
        catch (InvalidArticleException ex)
        {
            return ex.Message.StartsWith(file.FileName, StringComparison.Ordinal) ? ex.Message : $"{file.FileName}: {ex.Message}";
        }
    }

    private async Task<string> AddLinkAsync(ChatContext context, string link, CancellationToken cancellationToken)
    {
        var url = link.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + link : link;
        try
        {
            var draft = await fetcher.FetchAsync(url, cancellationToken);
            // A link added again is the page's newer version: it updates the article instead of being refused.
            return await IngestAsync(context, draft, string.Empty, cancellationToken, updateWhenUrlKnown: true);
        }
        catch (InvalidArticleException ex)
        {
            return $"Not added: {ex.Message}";
        }
    }

    private async Task<string> AddTextAsync(ChatContext context, string text, CancellationToken cancellationToken)
    {
        try
        {
            // Pasted Markdown with front matter keeps its date, outlet and link; anything else is title + text.
            var draft = text.TrimStart().StartsWith("---", StringComparison.Ordinal)
                ? parser.Parse(PastedName, text.TrimStart(), ArticleFormat.Markdown)
                : ArticleParser.ParsePastedText(text);
            if (draft.Key == ArticleParser.Slug(PastedName))
            {
                draft = draft with { Key = null };
            }

            return await IngestAsync(context, draft, string.Empty, cancellationToken);
        }
        catch (InvalidArticleException ex)
        {
            return $"Not added: {ex.Message} Send the title on the first line and the article text below it.";
        }
    }

    private async Task<string> IngestAsync(ChatContext context, ArticleDraft draft, string originSuffix, CancellationToken cancellationToken, bool updateWhenUrlKnown = false)
    {
        var message = context.Message;
        var origin = $"chat:{message.Platform}:{message.Channel.Value}:{message.Id.Value}{originSuffix}";
        var result = await writer.IngestAsync(new IngestRequest(draft, context.Actor, origin, UpdateWhenUrlKnown: updateWhenUrlKnown), cancellationToken);
        var number = await lookup.NumberOfAsync(result.Article.Id, cancellationToken);
        if (result.Status == IngestStatus.Duplicate && ArticleEditor.HasSameText(result.Article, draft)
            && await editor.FillInAsync(result.Article, draft, cancellationToken) is { } filled)
        {
            // The bot advises re-adding an undated article with a date in front matter: that must date it, not be refused.
            await RecordAsync(context, "kb edit", $"{number} ({filled.After.Id}) {string.Join("; ", filled.Changes)}", cancellationToken);
            return $"Updated {number} \"{filled.After.Title}\": {string.Join("; ", filled.Changes)}.";
        }

        if (result.Status is IngestStatus.Added or IngestStatus.Updated)
        {
            await RecordAsync(context, "kb add", $"{number} ({result.Article.Id}) \"{result.Article.Title}\"", cancellationToken);
            logger.LogInformation("{Actor} added article {ArticleId} in {Channel}", context.Actor, result.Article.Id, message.Key);
        }

        var undated = result.Status == IngestStatus.Added && result.Article.Published is null
            ? $" It has no publication date, so answers cite it as \"date unknown\"; to date it, send /kb edit {number} date YYYY-MM-DD."
            : string.Empty;
        return result.Describe(number) + undated;
    }

    private Task RecordAsync(ChatContext context, string action, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(time.GetUtcNow(), context.Message.Key, context.Message.User.Id, context.Message.User.DisplayName, action, detail), cancellationToken);

    /// <summary>"#42 — Title (Outlet, 8 December 2023)", one line per article.</summary>
    public static string Line(Article article, ArticleNumber number) =>
        $"{number} — {article.Title} ({SourceText.Of(article.Source)}, {DateText.Format(article.Published)})";

    private async Task AppendLinesAsync(StringBuilder text, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var numbers = await lookup.NumbersAsync(articles, cancellationToken);
        foreach (var article in articles)
        {
            text.Append('\n').Append(Line(article, numbers[article.Id]));
        }
    }

    private static bool IsLink(string text)
    {
        var trimmed = text.Trim();
        return !trimmed.Any(char.IsWhiteSpace) && (ArticleParser.IsHttpUrl(trimmed) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }
}
