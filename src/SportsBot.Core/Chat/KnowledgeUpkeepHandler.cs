using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Feeds;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat;

/// <summary>/kb feed and /kb stale: keeping the knowledge base current, for moderators.</summary>
public sealed class KnowledgeUpkeepHandler(
    FeedService feeds,
    StaleArticleFinder staleArticles,
    ArticleLookup lookup,
    IAuditLog audit,
    TimeProvider time,
    IOptions<KnowledgeOptions> options)
{
    private const int MaxStaleShown = 15;
    private const int MaxAddedShown = 10;

    public async Task AddFeedAsync(ChatContext context, KbFeedAddCommand command, CancellationToken cancellationToken)
    {
        var (feed, _) = await feeds.AddAsync(command.Url, context.Actor, cancellationToken);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), context.Message.Key, context.Message.User.Id, context.Message.User.DisplayName, "kb feed add", $"#{feed.Id} {feed.Url}"), cancellationToken);

        // Polled at once, so the moderator sees what the feed brings instead of waiting for the next scheduled poll.
        var report = await feeds.PollAsync(feed, cancellationToken);
        await context.NoticeAsync(
            $"Subscribed to feed #{feed.Id}. {await DescribeAsync(report, cancellationToken)} It is read again every {Counted.Of(options.Value.FeedPollMinutes, "minute")}.",
            cancellationToken);
    }

    public async Task PollFeedAsync(ChatContext context, KbFeedPollCommand command, CancellationToken cancellationToken)
    {
        if (await feeds.GetAsync(new FeedId(command.FeedId), cancellationToken) is not { } feed)
        {
            await context.RefuseAsync($"There is no feed #{command.FeedId}. /kb feed list shows the ids.", cancellationToken);
            return;
        }

        var report = await feeds.PollAsync(feed, cancellationToken);
        await context.NoticeAsync($"Feed #{feed.Id}: {await DescribeAsync(report, cancellationToken)}", cancellationToken);
    }

    public async Task ListFeedsAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            await context.NoticeAsync("No feeds yet. Add one with /kb feed add <url>.", cancellationToken);
            return;
        }

        var text = new StringBuilder("Feeds:");
        foreach (var feed in all)
        {
            var polled = feed.LastPolledAt is { } at ? at.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) : "not yet";
            text.Append($"\n#{feed.Id} — {feed.Url} · {Counted.Of(feed.ItemsAdded, "article")} added · last poll {polled}");
            if (feed.LastError is { } error)
            {
                text.Append($" · failing ({feed.ConsecutiveFailures}×): {error}");
            }
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    public async Task RemoveFeedAsync(ChatContext context, KbFeedRemoveCommand command, CancellationToken cancellationToken)
    {
        if (!await feeds.RemoveAsync(new FeedId(command.FeedId), cancellationToken))
        {
            await context.RefuseAsync($"There is no feed #{command.FeedId}. /kb feed list shows the ids.", cancellationToken);
            return;
        }

        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), context.Message.Key, context.Message.User.Id, context.Message.User.DisplayName, "kb feed remove", $"#{command.FeedId}"), cancellationToken);
        await context.NoticeAsync($"Feed #{command.FeedId} removed. Articles already taken from it stay in the knowledge base.", cancellationToken);
    }

    public async Task StaleAsync(ChatContext context, KbStaleCommand command, CancellationToken cancellationToken)
    {
        var stale = await staleArticles.FindAsync(command.Days, cancellationToken);
        if (stale.Count == 0)
        {
            await context.NoticeAsync($"No article older than {command.Days} days has been cited in the last {StaleArticleFinder.RecentDays} days.", cancellationToken);
            return;
        }

        var text = new StringBuilder($"Older than {command.Days} days and still cited in the last {StaleArticleFinder.RecentDays} days (newer coverage wanted):");
        var shown = stale.Take(MaxStaleShown).ToList();
        var numbers = await lookup.NumbersAsync(shown.Select(s => s.Article), cancellationToken);
        foreach (var s in shown)
        {
            text.Append($"\n{numbers[s.Article.Id]} — {s.Article.Title} ({DateText.Format(s.Article.Published)}, {s.AgeDays} days old) · cited {s.Citations.TimesCited}×");
        }

        if (stale.Count > MaxStaleShown)
        {
            text.Append($"\n… and {stale.Count - MaxStaleShown} more.");
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    /// <summary>"Read 20 items; added 2 articles: #43 "…", #44 "…"; 18 were already known or not articles."</summary>
    private async Task<string> DescribeAsync(FeedPollReport report, CancellationToken cancellationToken)
    {
        if (report.Error is { } error)
        {
            return $"Reading it failed ({error}); it is tried again at the next poll.";
        }

        if (report.Articles.Count == 0)
        {
            return report.ItemsRead == 0 ? "Nothing new since the last poll." : $"Read {Counted.Of(report.ItemsRead, "item")}; nothing to add (each was already known or is not an article).";
        }

        var numbers = await lookup.NumbersAsync(report.Articles, cancellationToken);
        var text = new StringBuilder($"Read {Counted.Of(report.ItemsRead, "item")}; added {Counted.Of(report.Articles.Count, "article")}: ");
        text.AppendJoin(", ", report.Articles.Take(MaxAddedShown).Select(a => $"{numbers[a.Id]} \"{a.Title}\""));
        if (report.Articles.Count > MaxAddedShown)
        {
            text.Append($" and {report.Articles.Count - MaxAddedShown} more");
        }

        text.Append('.');
        if (report.Skipped > 0)
        {
            text.Append($" {Counted.Of(report.Skipped, "item")} {(report.Skipped == 1 ? "was" : "were")} already known or not an article.");
        }

        return text.ToString();
    }
}
