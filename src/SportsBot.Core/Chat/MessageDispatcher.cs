using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SportsBot.Core.Chat;

/// <summary>
/// Runs one platform's incoming work concurrently, so one slow answer (a language model taking 20 s) does not hold
/// up every other chat: at most <see cref="ChatOptions.MaxConcurrentMessages"/> items at once, one at a time and in
/// arrival order within a chat (a follow-up must see the answer it follows, a /config change the command before
/// it), and chats taking turns so one busy group cannot occupy every worker. At most
/// <see cref="ChatOptions.MaxQueuedMessages"/> items wait; past that <see cref="TryEnqueue"/> refuses and the adapter
/// tells the sender to try again shortly (<see cref="ChatService.TurnAwayAsync"/>). Each adapter has its own.
/// </summary>
public sealed class MessageDispatcher(IOptions<ChatOptions> options, ILogger<MessageDispatcher> logger)
{
    private readonly Lock _gate = new();

    /// <summary>The chats with work running or waiting, and what waits; a chat is in here exactly while it is in <see cref="_ready"/> or running.</summary>
    private readonly Dictionary<string, Queue<Func<CancellationToken, Task>>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Chats whose next item may start, in turn.</summary>
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>();

    private int _queued;

    /// <summary>Items accepted and not yet started.</summary>
    public int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queued;
            }
        }
    }

    /// <summary>Runs the workers until <paramref name="stoppingToken"/> is cancelled; what still waits then is dropped, as a restart would drop it.</summary>
    public Task RunAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentMessages).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));

    /// <summary>Queues <paramref name="work"/> behind everything else queued for <paramref name="chat"/>.</summary>
    /// <returns>False when the queue is full: nothing was queued.</returns>
    public bool TryEnqueue(string chat, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            if (_queued >= options.Value.MaxQueuedMessages)
            {
                return false;
            }

            _queued++;
            if (_waiting.TryGetValue(chat, out var queue))
            {
                // The chat already has its turn coming (or running): this item follows in order.
                queue.Enqueue(work);
                return true;
            }

            var first = new Queue<Func<CancellationToken, Task>>();
            first.Enqueue(work);
            _waiting[chat] = first;
            _ready.Writer.TryWrite(chat);
            return true;
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var chat in _ready.Reader.ReadAllAsync(stoppingToken))
            {
                Func<CancellationToken, Task> work;
                lock (_gate)
                {
                    work = _waiting[chat].Dequeue();
                    _queued--;
                }

                try
                {
                    await work(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Adapters log their own failures; this only keeps a worker from dying of one it did not expect.
                    logger.LogError(ex, "Work for chat {Chat} failed; going on with the next", chat);
                }

                lock (_gate)
                {
                    if (_waiting[chat].Count == 0)
                    {
                        _waiting.Remove(chat);
                    }
                    else
                    {
                        // To the back of the line: other chats take their turn before this one's next item.
                        _ready.Writer.TryWrite(chat);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
