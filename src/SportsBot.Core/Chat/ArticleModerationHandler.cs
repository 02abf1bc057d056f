using System.Globalization;
using System.Text;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Feedback;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat;

/// <summary>/kb show, /kb edit and /kb gaps: moderators check an article, fix it, and see what to add next.</summary>
public sealed class ArticleModerationHandler(
    ArticleLookup lookup,
    ArticleEditor editor,
    IArticleDirectory directory,
    ICitationLog citations,
    IFeedbackStore feedback,
    GapFinder gaps,
    IAuditLog audit,
    TimeProvider time)
{
    private const int CommentsShown = 3;
    private const int GapsShown = 15;

    public async Task ShowAsync(ChatContext context, KbShowCommand command, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(command.Reference, cancellationToken) is not { } found)
        {
            await context.RefuseAsync(NotFound(command.Reference), cancellationToken);
            return;
        }

        var (article, number) = found;
        var passages = await directory.CountPassagesAsync(article.Id, cancellationToken);
        var cited = (await citations.ListAsync(cancellationToken)).FirstOrDefault(c => c.ArticleId == article.Id);
        var opinions = await feedback.ForArticleAsync(article.Id, CommentsShown, cancellationToken);

        var text = new StringBuilder($"{number} — {article.Title}");
        text.Append($"\nOutlet: {SourceText.Of(article.Source)} · published: {DateText.Format(article.Published)}");
        text.Append($"\nLink: {article.Url ?? "none"}");
        text.Append($"\nAdded by {article.AddedBy} on {Moment(article.AddedAt)}");
        text.Append($"\nId: {article.Id} · {Counted.Of(passages, "passage")}");
        text.Append(cited is null
            ? "\nNot cited by any answer yet."
            : $"\nCited by answers {Counted.Of(cited.TimesCited, "time")}, last on {Moment(cited.LastCitedAt)}.");
        text.Append(opinions.Helpful + opinions.Unhelpful == 0
            ? "\nNo feedback on answers that cited it."
            : $"\nFeedback on answers that cited it: 👍 {opinions.Helpful} · 👎 {opinions.Unhelpful}");
        foreach (var comment in opinions.Comments)
        {
            text.Append($"\n  👎 \"{comment}\"");
        }

        text.Append($"\nFix it with /kb edit {number} date|title|source|url <value>.");
        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    public async Task EditAsync(ChatContext context, KbEditCommand command, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(command.Reference, cancellationToken) is not { } found)
        {
            await context.RefuseAsync(NotFound(command.Reference), cancellationToken);
            return;
        }

        var (article, number) = found;
        if (await editor.EditAsync(article, command.Field, command.Value, cancellationToken) is not { } edit)
        {
            await context.NoticeAsync($"{number} already has that {FieldName(command.Field)}; nothing changed.", cancellationToken);
            return;
        }

        var changes = string.Join("; ", edit.Changes);
        var message = context.Message;
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), message.Key, message.User.Id, message.User.DisplayName, "kb edit", $"{number} ({article.Id}) {changes}"), cancellationToken);
        var bundled = article.Origin.StartsWith(KnowledgeFolderSync.OriginPrefix, StringComparison.Ordinal)
            ? " It comes from the bundled knowledge folder: the change holds until its file is edited there."
            : string.Empty;
        await context.NoticeAsync($"Changed {number} \"{edit.After.Title}\": {changes}.{bundled}", cancellationToken);
    }

    public async Task GapsAsync(ChatContext context, KbGapsCommand command, CancellationToken cancellationToken)
    {
        var found = await gaps.FindAsync(command.Days, cancellationToken);
        if (found.Count == 0)
        {
            await context.NoticeAsync($"No gaps in the last {Counted.Of(command.Days, "day")}: every question was covered and no answer was marked 👎.", cancellationToken);
            return;
        }

        var text = new StringBuilder($"Gaps in the last {Counted.Of(command.Days, "day")}, most asked first (what to add next):");
        var n = 0;
        foreach (var gap in found.Take(GapsShown))
        {
            var why = new List<string>();
            if (gap.NotCovered > 0)
            {
                why.Add($"not covered {gap.NotCovered}×");
            }

            if (gap.MarkedUnhelpful > 0)
            {
                why.Add($"👎 {gap.MarkedUnhelpful}×");
            }

            text.Append($"\n{++n}. \"{gap.Question}\" — {Counted.Of(gap.People, "person", "people")} · {string.Join(" · ", why)}");
            foreach (var comment in gap.Comments.Take(CommentsShown))
            {
                text.Append($"\n   👎 \"{comment}\"");
            }
        }

        if (found.Count > GapsShown)
        {
            text.Append($"\n… and {found.Count - GapsShown} more.");
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    private static string NotFound(string reference) =>
        $"There is no article #{reference.TrimStart('#')}. /kb list and /kb search show the ids.";

    private static string FieldName(ArticleField field) => field switch
    {
        ArticleField.Date => "date",
        ArticleField.Title => "title",
        ArticleField.Source => "outlet",
        _ => "link",
    };

    private static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
