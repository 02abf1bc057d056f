namespace SportsBot.Core.Chat;

/// <summary>Someone pressed a button under one of the bot's messages (or submitted the form a prompt opened).</summary>
/// <param name="Message">The bot's message the button was under.</param>
/// <param name="Data">The pressed <see cref="ReplyAction.Data"/>.</param>
/// <param name="Input">The line typed into a prompt's form, for a submitted prompt.</param>
public sealed record ButtonPress(
    string Platform,
    ChatId Chat,
    ChannelId Channel,
    MessageId Message,
    ChatUser User,
    string Data,
    bool IsDirect,
    string? Input = null)
{
    public ChannelKey Key => new(Platform, Channel);
}
