using System.Text;
using SportsBot.Core.Chat.Commands;

namespace SportsBot.Core.Chat;

/// <summary>The /help message: what the bot does, how to ask in this channel, and the commands this user may use.</summary>
public static class HelpText
{
    public static string For(ChatContext context)
    {
        var text = new StringBuilder();
        text.AppendLine("I answer questions about sport and politics from a knowledge base of news articles, and cite my sources with their dates.");
        text.AppendLine();
        text.AppendLine(context.Message.IsDirect
            ? "Here every message is a question. Or use:"
            : context.Settings.Mode switch
            {
                ChannelMode.CommandsOnly => "In this channel ask with /ask. Commands:",
                ChannelMode.Mentions => "In this channel ask with /ask, by mentioning me, or by replying to my answers. Commands:",
                _ => "In this channel I answer /ask, mentions, replies and any message that reads as a question. Commands:",
            });
        foreach (var command in CommandCatalog.All.Where(c => c.Role <= context.Role))
        {
            text.Append(command.Usage).Append(" — ").AppendLine(command.Description);
        }

        var hidden = CommandCatalog.All.Count(c => c.Role > context.Role);
        text.AppendLine();
        text.Append($"You are {RoleResolver.WithArticle(context.Role)} here.");
        if (hidden > 0)
        {
            text.Append(context.Role == ChatRole.Member
                ? " Moderators can also add, check, fix and remove articles and see which questions went unanswered; admins can change this channel's settings."
                : " Admins can also change this channel's settings.");
        }

        return text.ToString();
    }
}
