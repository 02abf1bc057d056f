namespace SportsBot.Core.Chat;

/// <summary>One message being handled: who sent it, with which role, under which channel settings, and where replies go.</summary>
public sealed record ChatContext(IncomingMessage Message, ChannelSettings Settings, ChatRole Role, IReplySender Replies)
{
    /// <summary>How the audit log and "added by" name the sender: platform, id and display name.</summary>
    public string Actor => $"{Message.Platform}:{Message.User.Id.Value} ({Message.User.DisplayName})";

    /// <summary>The command is moderation or settings business: its notices are shown to the sender alone where the platform can.</summary>
    public bool Private { get; init; }

    public async Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        try
        {
            return await Replies.SendAsync(reply, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not ReplyFailedException)
        {
            throw new ReplyFailedException(ex);
        }
    }

    public Task<IReadOnlyList<MessageId>> NoticeAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(OutgoingReply.Notice(text, Message.Id) with { Private = Private }, cancellationToken);

    /// <summary>A refusal or a usage hint: for the sender's eyes only, whatever the command.</summary>
    public Task<IReadOnlyList<MessageId>> RefuseAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(OutgoingReply.Notice(text, Message.Id) with { Private = true }, cancellationToken);

    /// <summary>True when the sender has at least <paramref name="needed"/>; otherwise tells them which role the command needs.</summary>
    public async Task<bool> RequireAsync(ChatRole needed, string command, CancellationToken cancellationToken)
    {
        if (Role >= needed)
        {
            return true;
        }

        var hint = needed == ChatRole.Moderator ? " An admin can make you one with /config set moderator-users." : string.Empty;
        await RefuseAsync($"{command} needs the {RoleResolver.Name(needed)} role; you are {RoleResolver.WithArticle(Role)} here.{hint}", cancellationToken);
        return false;
    }
}
