using System.Threading.Channels;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Many articles in (a folder, several files or links): reading, parsing and checking run ahead of the model on a
/// channel, the model embeds passages of several articles per call, and articles are stored one by one in the
/// order given, each in its own transaction and through the <see cref="KnowledgeWriter"/> like a single ingest, so
/// the duplicate checks, the choice of a free id and the write are never interleaved with another change.
/// </summary>
public sealed class BatchIngest(IngestPipeline pipeline, KnowledgeWriter writer)
{
    /// <summary>Texts gathered before a model call; the pipeline cuts them into the model's batches.</summary>
    private const int TextsPerRound = 128;

    /// <summary>Articles read ahead of the model: enough to fill a round, few enough to hold in memory.</summary>
    private const int ReadAhead = 64;

    /// <param name="finished">
    /// Called with each item's outcome in the order the items were given, as soon as it and every item before it are
    /// done: when the batch stops part-way (cancelled, the store cannot be written), what was reported is exactly what
    /// was stored or refused.
    /// </param>
    /// <returns>Every item's outcome, in the order given.</returns>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<IngestItem> items,
        IProgress<IngestProgress>? progress,
        Func<IngestOutcome, CancellationToken, Task>? finished,
        CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(IngestItem Item, IngestOutcome? Outcome, PreparedArticle? Article)>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var outcomes = new Outcomes(items.Count, finished);
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
                        await outcomes.SetAsync(index, entry.Outcome!, stop.Token);
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
            // The reader sees the cancellation and completes the channel; waiting for it keeps no work running behind the caller.
            await reader.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        return outcomes.All;
    }

    private async Task CompleteRoundAsync(IReadOnlyList<IngestItem> items, List<(int Index, PreparedArticle Article)> round, Outcomes outcomes, CancellationToken cancellationToken)
    {
        if (round.Count == 0)
        {
            return;
        }

        await pipeline.EmbedAsync([.. round.Select(r => r.Article)], cancellationToken);
        foreach (var (index, article) in round)
        {
            await outcomes.SetAsync(index, new IngestOutcome(items[index], await writer.CompleteAsync(article, cancellationToken), null), cancellationToken);
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

    /// <summary>Outcomes by item, handed on in item order: an item refused while read waits for the articles before it.</summary>
    private sealed class Outcomes(int count, Func<IngestOutcome, CancellationToken, Task>? finished)
    {
        private readonly IngestOutcome?[] _outcomes = new IngestOutcome?[count];
        private int _reported;

        public IReadOnlyList<IngestOutcome> All => [.. _outcomes.Select(o => o!)];

        public async Task SetAsync(int index, IngestOutcome outcome, CancellationToken cancellationToken)
        {
            _outcomes[index] = outcome;
            for (; _reported < _outcomes.Length && _outcomes[_reported] is { } next; _reported++)
            {
                if (finished is not null)
                {
                    await finished(next, cancellationToken);
                }
            }
        }
    }
}
