using SportsBot.Core.Chat;

namespace SportsBot.Tests.Chat;

/// <summary>One test's channel: builds messages from users and sends them through the real <see cref="ChatService"/>.</summary>
public sealed class ChatScript(ChatService chat, bool direct = false, ChannelId? channel = null)
{
    private readonly ChannelId _channel = channel ?? new($"test-{Guid.NewGuid():N}");
    private int _nextId;

    public RecordingReplySender Replies { get; } = new();

    public ChannelKey Key => new("test", _channel);

    public static ChatUser Member(string id = "fan") => ChatUser.Member(id, $"User {id}", id);

    public static ChatUser Admin(string id = "admin") => new(new UserId(id), $"Admin {id}", id, PlatformRole.Admin, []);

    public IncomingMessage Message(ChatUser user, string text, bool mention = false, RepliedMessage? replyTo = null, IReadOnlyList<ChatAttachment>? attachments = null) =>
        new("test", new ChatId("group"), _channel, new MessageId($"m{++_nextId}"), user, text, mention, direct, attachments ?? [], replyTo);

    /// <summary>Sends a message; returns the replies it caused.</summary>
    public async Task<IReadOnlyList<OutgoingReply>> SayAsync(ChatUser user, string text, bool mention = false, RepliedMessage? replyTo = null, IReadOnlyList<ChatAttachment>? attachments = null)
    {
        var before = Replies.Sent.Count;
        await chat.HandleAsync(Message(user, text, mention, replyTo, attachments), Replies, CancellationToken.None);
        return [.. Replies.Sent.Skip(before).Select(s => s.Reply)];
    }

    /// <summary>Sends a message that must get exactly one reply, and returns its text.</summary>
    public async Task<string> AskAsync(ChatUser user, string text, bool mention = false, RepliedMessage? replyTo = null, IReadOnlyList<ChatAttachment>? attachments = null)
    {
        var replies = await SayAsync(user, text, mention, replyTo, attachments);
        return Assert.Single(replies).Text;
    }

    /// <summary>Presses a button under one of the bot's messages; returns the replies it caused.</summary>
    public async Task<IReadOnlyList<OutgoingReply>> PressAsync(ChatUser user, MessageId botMessage, string data, string? input = null)
    {
        var before = Replies.Sent.Count;
        await chat.HandleButtonAsync(new ButtonPress("test", new ChatId("group"), _channel, botMessage, user, data, direct, input), Replies, CancellationToken.None);
        return [.. Replies.Sent.Skip(before).Select(s => s.Reply)];
    }

    /// <summary>A reply to the bot's last message, as a platform reports it.</summary>
    public RepliedMessage ReplyToBot() => new(Replies.LastId, IsFromBot: true, Replies.Last.Text, []);
}
