using System.Globalization;
using System.Text;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Feeds;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat;

/// <summary>/kb feed and /kb stale: keeping the knowledge base current, for moderators.</summary>
public sealed class KnowledgeUpkeepHandler(FeedService feeds, StaleArticleFinder staleArticles, IAuditLog audit, TimeProvider time)
{
    private const int MaxStaleShown = 15;

    public async Task AddFeedAsync(ChatContext context, KbFeedAddCommand command, CancellationToken cancellationToken)
    {
        if (!await context.RequireAsync(ChatRole.Moderator, "/kb feed add", cancellationToken))
        {
            return;
        }

        var (feed, items) = await feeds.AddAsync(command.Url, context.Actor, cancellationToken);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), context.Message.Key, context.Message.User.Id, context.Message.User.DisplayName, "kb feed add", $"#{feed.Id} {feed.Url}"), cancellationToken);
        await context.NoticeAsync($"Subscribed to feed #{feed.Id} ({items} items now). New articles from it are added on the next poll and every poll after.", cancellationToken);
    }

    public async Task ListFeedsAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (!await context.RequireAsync(ChatRole.Moderator, "/kb feed list", cancellationToken))
        {
            return;
        }

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
            text.Append($"\n#{feed.Id} — {feed.Url} · {feed.ItemsAdded} articles added · last poll {polled}");
            if (feed.LastError is { } error)
            {
                text.Append($" · failing ({feed.ConsecutiveFailures}×): {error}");
            }
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    public async Task RemoveFeedAsync(ChatContext context, KbFeedRemoveCommand command, CancellationToken cancellationToken)
    {
        if (!await context.RequireAsync(ChatRole.Moderator, "/kb feed remove", cancellationToken))
        {
            return;
        }

        if (!await feeds.RemoveAsync(new FeedId(command.FeedId), cancellationToken))
        {
            await context.NoticeAsync($"There is no feed #{command.FeedId}. /kb feed list shows the ids.", cancellationToken);
            return;
        }

        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), context.Message.Key, context.Message.User.Id, context.Message.User.DisplayName, "kb feed remove", $"#{command.FeedId}"), cancellationToken);
        await context.NoticeAsync($"Feed #{command.FeedId} removed. Articles already taken from it stay in the knowledge base.", cancellationToken);
    }

    public async Task StaleAsync(ChatContext context, KbStaleCommand command, CancellationToken cancellationToken)
    {
        if (!await context.RequireAsync(ChatRole.Moderator, "/kb stale", cancellationToken))
        {
            return;
        }

        var stale = await staleArticles.FindAsync(command.Days, cancellationToken);
        if (stale.Count == 0)
        {
            await context.NoticeAsync($"No article older than {command.Days} days has been cited in the last {StaleArticleFinder.RecentDays} days.", cancellationToken);
            return;
        }

        var text = new StringBuilder($"Older than {command.Days} days and still cited in the last {StaleArticleFinder.RecentDays} days (newer coverage wanted):");
        foreach (var s in stale.Take(MaxStaleShown))
        {
            text.Append($"\n#{s.Article.Id} — {s.Article.Title} ({DateText.Format(s.Article.Published)}, {s.AgeDays} days old) · cited {s.Citations.TimesCited}×");
        }

        if (stale.Count > MaxStaleShown)
        {
            text.Append($"\n… and {stale.Count - MaxStaleShown} more.");
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }
}
