using System.Globalization;
using System.Text;
using SportsBot.Core.Chat.Commands;

namespace SportsBot.Core.Chat;

/// <summary>/config show, enable, disable and set: channel settings, changed by admins, every change audited.</summary>
public sealed class ConfigCommandHandler(IChannelSettingsStore settingsStore, IAuditLog audit, TimeProvider time)
{
    private const int RecentChanges = 5;

    public async Task ShowAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("Settings of this channel:");
        foreach (var line in ChannelSettingKeys.Describe(context.Settings))
        {
            text.Append('\n').Append(line);
        }

        text.Append($"\nYou are {RoleResolver.WithArticle(context.Role)} here.");
        if (context.Role >= ChatRole.Moderator)
        {
            var recent = await audit.RecentAsync(context.Message.Key, RecentChanges, cancellationToken);
            if (recent.Count > 0)
            {
                text.Append("\nRecent changes:");
                foreach (var entry in recent)
                {
                    text.Append($"\n{entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC {entry.UserName}: {entry.Action} {entry.Detail}");
                }
            }
        }

        await context.NoticeAsync(text.ToString(), cancellationToken);
    }

    public async Task EnableAsync(ChatContext context, ConfigEnableCommand command, CancellationToken cancellationToken)
    {
        var verb = command.Enabled ? "enable" : "disable";
        if (context.Settings.Enabled == command.Enabled)
        {
            await context.NoticeAsync($"I am already {(command.Enabled ? "on" : "off")} in this channel.", cancellationToken);
            return;
        }

        await SaveAsync(context, context.Settings with { Enabled = command.Enabled }, $"config {verb}", string.Empty, cancellationToken);
        await context.NoticeAsync(
            command.Enabled
                ? "I am on in this channel again."
                : "I am off in this channel and will stay quiet until an admin sends /config enable.",
            cancellationToken);
    }

    public async Task SetAsync(ChatContext context, ConfigSetCommand command, CancellationToken cancellationToken)
    {
        // Throws ChatUsageException for a bad key or value; nothing is saved then.
        var updated = ChannelSettingKeys.Apply(context.Settings, command.Key, command.Value);
        var key = ChannelSettingKeys.Canonical(command.Key);
        var value = ChannelSettingKeys.ValueOf(updated, key);
        await SaveAsync(context, updated, "config set", $"{key}={value}", cancellationToken);
        var shown = ChannelSettingKeys.Describe(updated).First(line => line.StartsWith(key + ":", StringComparison.Ordinal));
        await context.NoticeAsync($"Changed. {shown}", cancellationToken);
    }

    private async Task SaveAsync(ChatContext context, ChannelSettings settings, string action, string detail, CancellationToken cancellationToken)
    {
        await settingsStore.SaveAsync(settings, cancellationToken);
        var message = context.Message;
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), message.Key, message.User.Id, message.User.DisplayName, action, detail), cancellationToken);
    }
}
