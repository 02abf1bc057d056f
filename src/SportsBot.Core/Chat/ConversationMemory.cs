using System.Collections.Concurrent;
using SportsBot.Core.Answering;

namespace SportsBot.Core.Chat;

/// <summary>
/// Recent answers per channel, in memory: which question each bot message answered (so a reply to it is a
/// follow-up) and the last answer (for /sources). Bounded per channel; forgotten on restart.
/// </summary>
public sealed class ConversationMemory
{
    public const int AnswersPerChannel = 200;

    private readonly ConcurrentDictionary<ChannelKey, ChannelMemory> _channels = new();

    public void Remember(ChannelKey channel, IReadOnlyList<MessageId> botMessages, Answer answer)
    {
        var memory = _channels.GetOrAdd(channel, _ => new ChannelMemory());
        lock (memory)
        {
            memory.Last = answer;
            foreach (var id in botMessages)
            {
                memory.Questions[id] = answer;
                memory.Order.Enqueue(id);
            }

            while (memory.Order.Count > AnswersPerChannel && memory.Order.TryDequeue(out var old))
            {
                memory.Questions.Remove(old);
            }
        }
    }

    /// <summary>The answer a bot message carried (its question is the standalone one), if this process sent it.</summary>
    public Answer? AnswerSentAs(ChannelKey channel, MessageId botMessage)
    {
        if (!_channels.TryGetValue(channel, out var memory))
        {
            return null;
        }

        lock (memory)
        {
            return memory.Questions.GetValueOrDefault(botMessage);
        }
    }

    public Answer? LastAnswer(ChannelKey channel)
    {
        if (!_channels.TryGetValue(channel, out var memory))
        {
            return null;
        }

        lock (memory)
        {
            return memory.Last;
        }
    }

    private sealed class ChannelMemory
    {
        public Dictionary<MessageId, Answer> Questions { get; } = [];

        public Queue<MessageId> Order { get; } = new();

        public Answer? Last { get; set; }
    }
}
