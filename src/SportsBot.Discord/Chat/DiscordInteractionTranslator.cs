using SportsBot.Core.Chat;
using SportsBot.Discord.Commands;
using SportsBot.Discord.Model;

namespace SportsBot.Discord.Chat;

/// <summary>
/// A slash command as a Core <see cref="IncomingMessage"/> holding the same command text a user could type
/// ("/config set mode all-questions"), so Core parses and decides it exactly as it does on every platform; a
/// button press or submitted form as a Core <see cref="ButtonPress"/>.
/// </summary>
public sealed class DiscordInteractionTranslator(DiscordRoleCache roles, DiscordAttachmentSource attachments)
{
    public async Task<IncomingMessage> TranslateAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var isDirect = interaction.GuildId is null;
        var access = isDirect
            ? DiscordMemberAccess.Member
            : await roles.ResolveAsync(interaction.GuildId!, interaction.User.Id, interaction.MemberRoleIds, interaction.MemberPermissions, cancellationToken);
        var user = new ChatUser(new UserId(interaction.User.Id), interaction.User.DisplayName, interaction.User.Username, access.Role, access.Roles);
        var (text, files) = CommandText(interaction);
        return new IncomingMessage(
            DiscordMessageTranslator.Platform,
            new ChatId(interaction.GuildId ?? interaction.ChannelId),
            new ChannelId(interaction.ChannelId),
            new MessageId(interaction.Id),
            user,
            text,
            IsMention: true,
            isDirect,
            attachments.ToChat(files),
            ReplyTo: null);
    }

    public async Task<ButtonPress> TranslatePressAsync(DiscordComponentPress press, CancellationToken cancellationToken)
    {
        var isDirect = press.GuildId is null;
        var access = isDirect
            ? DiscordMemberAccess.Member
            : await roles.ResolveAsync(press.GuildId!, press.User.Id, press.MemberRoleIds, press.MemberPermissions, cancellationToken);
        return new ButtonPress(
            DiscordMessageTranslator.Platform,
            new ChatId(press.GuildId ?? press.ChannelId),
            new ChannelId(press.ChannelId),
            new MessageId(press.MessageId ?? string.Empty),
            new ChatUser(new UserId(press.User.Id), press.User.DisplayName, press.User.Username, access.Role, access.Roles),
            press.CustomId,
            isDirect,
            press.Input);
    }

    /// <summary>
    /// "/kb add text:… file:…" as "/kb add …" with the file beside it: the command, its subcommand, then the
    /// values in the order the command text takes them (the registered order, not the order they were typed in).
    /// </summary>
    public static (string Text, IReadOnlyList<DiscordAttachment> Files) CommandText(DiscordInteraction interaction)
    {
        var words = new List<string> { "/" + interaction.CommandName };
        var files = new List<DiscordAttachment>();
        Append(interaction.Options, DiscordSlashCommands.Find(interaction.CommandName)?.Options ?? [], words, files);
        return (string.Join(' ', words.Where(w => w.Length > 0)), files);
    }

    private static void Append(IReadOnlyList<DiscordCommandOption> given, IReadOnlyList<DiscordSlashOption> defined, List<string> words, List<DiscordAttachment> files)
    {
        foreach (var sub in given.Where(o => o.Type == DiscordOptionType.SubCommand))
        {
            words.Add(sub.Name);
            Append(sub.Options, defined.FirstOrDefault(d => d.Name == sub.Name)?.SubOptions ?? [], words, files);
        }

        var ordered = given
            .Where(o => o.Type != DiscordOptionType.SubCommand)
            .OrderBy(o => defined.Select(d => d.Name).ToList().IndexOf(o.Name) is var i and >= 0 ? i : int.MaxValue);
        foreach (var option in ordered)
        {
            if (option.Attachment is { } file)
            {
                files.Add(file);
            }
            else if (option.Value is { } value)
            {
                words.Add(value.Trim());
            }
        }
    }
}
