using System.Threading.Channels;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Many articles in (a folder, several files or links): reading, parsing and checking run ahead of the model on a
/// channel, the model embeds passages of several articles per call, and articles are stored one by one in the
/// order given, each in its own transaction like <see cref="IngestPipeline.IngestAsync"/>.
/// </summary>
public sealed class BatchIngest(IngestPipeline pipeline)
{
    /// <summary>Texts gathered before a model call; the pipeline cuts them into the model's batches.</summary>
    private const int TextsPerRound = 128;

    /// <summary>Articles read ahead of the model: enough to fill a round, few enough to hold in memory.</summary>
    private const int ReadAhead = 64;

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<IngestItem> items, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(IngestItem Item, IngestOutcome? Outcome, PreparedArticle? Article)>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var outcomes = new IngestOutcome[items.Count];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(items, channel.Writer, stop.Token), stop.Token);
        try
        {
            var round = new List<(int Index, PreparedArticle Article)>();
            var next = 0;
            while (await channel.Reader.WaitToReadAsync(stop.Token))
            {
                // Take what is ready, up to a round; a slow reader never holds back the model for long.
                while (channel.Reader.TryRead(out var entry))
                {
                    var index = next++;
                    progress?.Report(new IngestProgress(index, items.Count, entry.Item.Name));
                    if (entry.Article is { } article)
                    {
                        round.Add((index, article));
                    }
                    else
                    {
                        outcomes[index] = entry.Outcome!;
                    }

                    if (round.Sum(r => r.Article.Missing.Count()) >= TextsPerRound)
                    {
                        break;
                    }
                }

                await CompleteRoundAsync(items, round, outcomes, stop.Token);
            }

            await reader;
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }

        return outcomes;
    }

    private async Task CompleteRoundAsync(IReadOnlyList<IngestItem> items, List<(int Index, PreparedArticle Article)> round, IngestOutcome[] outcomes, CancellationToken cancellationToken)
    {
        if (round.Count == 0)
        {
            return;
        }

        await pipeline.EmbedAsync([.. round.Select(r => r.Article)], cancellationToken);
        foreach (var (index, article) in round)
        {
            outcomes[index] = new IngestOutcome(items[index], await pipeline.CompleteAsync(article, cancellationToken), null);
        }

        round.Clear();
    }

    private async Task ReadAsync(IReadOnlyList<IngestItem> items, ChannelWriter<(IngestItem, IngestOutcome?, PreparedArticle?)> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in items)
            {
                IngestOutcome? outcome = null;
                PreparedArticle? article = null;
                try
                {
                    var (result, prepared) = await pipeline.PrepareAsync(await item.Load(cancellationToken), cancellationToken);
                    (outcome, article) = (result is null ? null : new IngestOutcome(item, result, null), prepared);
                }
                catch (InvalidArticleException ex)
                {
                    outcome = new IngestOutcome(item, null, ex.Message);
                }

                await writer.WriteAsync((item, outcome, article), cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }
}
