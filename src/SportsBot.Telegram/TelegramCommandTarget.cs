namespace SportsBot.Telegram;

/// <summary>Telegram's "/command@BotName" form: in groups a command may name the bot it is meant for.</summary>
internal static class TelegramCommandTarget
{
    /// <summary>The bot a command is addressed to ("SportsBot" in "/ask@SportsBot …"), or null.</summary>
    public static string? Of(string text)
    {
        if (!text.StartsWith('/'))
        {
            return null;
        }

        var word = FirstWord(text);
        var at = word.IndexOf('@');
        return at > 1 ? word[(at + 1)..] : null;
    }

    public static string Remove(string text)
    {
        var word = FirstWord(text);
        return word[..word.IndexOf('@')] + text[word.Length..];
    }

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[..end];
    }
}
