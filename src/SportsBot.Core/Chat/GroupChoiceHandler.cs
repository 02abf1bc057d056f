using System.Globalization;
using Microsoft.Extensions.Caching.Memory;

namespace SportsBot.Core.Chat;

/// <summary>
/// Admin commands from a private chat (Rose-style): "/config set mode mentions" sent to the bot in private asks
/// which of the groups it saw the sender run, and runs there once they pick one and the platform confirms they
/// are still an admin of it. The pending command waits in memory for a few minutes.
/// </summary>
public sealed class GroupChoiceHandler(IAdminDirectory admins, IMemoryCache pending, TimeProvider time)
{
    /// <summary>Buttons offered at most; the groups seen most recently come first.</summary>
    public const int MaxGroups = 10;

    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    /// <summary>Remembers that the sender is an admin of the group the message came from.</summary>
    public Task NoteAdminAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        admins.SeenAsync(message.Platform, message.User.Id, new AdminSighting(message.Chat, message.Channel, message.ChatTitle, time.GetUtcNow()), cancellationToken);

    /// <returns>True when the sender was asked which group the command is for; false when there is nothing to offer.</returns>
    public async Task<bool> OfferAsync(ChatContext context, string commandName, CancellationToken cancellationToken)
    {
        var message = context.Message;
        if (!message.IsDirect || message.RoleInChat is null)
        {
            return false;
        }

        var groups = (await admins.GroupsOfAsync(message.Platform, message.User.Id, cancellationToken)).Take(MaxGroups).ToList();
        if (groups.Count == 0)
        {
            return false;
        }

        var request = Guid.NewGuid().ToString("N")[..12];
        pending.Set(CacheKey(request), new PendingCommand(message, groups), Expiry);
        var actions = groups.Select((g, i) => new ReplyAction(g.Label, $"{ReplyActions.GroupPrefix}{request}:{i.ToString(CultureInfo.InvariantCulture)}")).ToList();
        await context.SendAsync(
            OutgoingReply.Notice($"Which group is {commandName} for? These are the groups where I have seen you as an admin.", message.Id) with { Private = true, Actions = actions },
            cancellationToken);
        return true;
    }

    /// <returns>The command as if sent in the chosen group, and the group's name; null when it cannot run (the sender was told why).</returns>
    public async Task<(IncomingMessage Message, string Group)?> ChooseAsync(ButtonPress press, IReplySender replies, CancellationToken cancellationToken)
    {
        var parts = press.Data[ReplyActions.GroupPrefix.Length..].Split(':');
        if (parts.Length != 2 || !pending.TryGetValue(CacheKey(parts[0]), out PendingCommand? command) || command is null
            || command.Message.User.Id != press.User.Id
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= command.Groups.Count)
        {
            await replies.SendAsync(OutgoingReply.Notice("That request has expired; send the command again.", press.Message) with { Private = true }, cancellationToken);
            return null;
        }

        var group = command.Groups[index];
        var message = command.Message;
        if (await message.RoleInChat!(group.Chat, cancellationToken) != PlatformRole.Admin)
        {
            await admins.ForgetAsync(message.Platform, message.User.Id, group.Channel, cancellationToken);
            await replies.SendAsync(OutgoingReply.Notice($"You are not an admin of {group.Label} any more, so I can't do that there.", press.Message) with { Private = true }, cancellationToken);
            return null;
        }

        pending.Remove(CacheKey(parts[0]));
        var inGroup = message with
        {
            Chat = group.Chat,
            Channel = group.Channel,
            IsDirect = false,
            IsMention = true,
            ReplyTo = null,
            ChatTitle = group.Title,
            User = message.User with { PlatformRole = PlatformRole.Admin },
        };
        return (inGroup, group.Label);
    }

    private static string CacheKey(string request) => "group-choice:" + request;

    private sealed record PendingCommand(IncomingMessage Message, IReadOnlyList<AdminSighting> Groups);
}
