namespace SportsBot.Core.Chat;

/// <summary>How modes are written in commands and settings: commands-only, mentions, all-questions.</summary>
public static class ChannelModeText
{
    public const string Choices = "commands-only, mentions or all-questions";

    public static string Format(ChannelMode mode) => mode switch
    {
        ChannelMode.CommandsOnly => "commands-only",
        ChannelMode.Mentions => "mentions",
        ChannelMode.AllQuestions => "all-questions",
        _ => mode.ToString(),
    };

    public static bool TryParse(string? text, out ChannelMode mode)
    {
        switch (text?.Trim().ToLowerInvariant().Replace('_', '-'))
        {
            case "commands-only" or "commands" or "commandsonly":
                mode = ChannelMode.CommandsOnly;
                return true;
            case "mentions" or "mention":
                mode = ChannelMode.Mentions;
                return true;
            case "all-questions" or "all" or "allquestions":
                mode = ChannelMode.AllQuestions;
                return true;
            default:
                mode = default;
                return false;
        }
    }

    public static string Describe(ChannelMode mode) => mode switch
    {
        ChannelMode.CommandsOnly => "answers /ask only",
        ChannelMode.Mentions => "answers /ask, mentions of the bot and replies to it",
        ChannelMode.AllQuestions => "answers /ask, mentions, replies and every message that reads as a question",
        _ => string.Empty,
    };
}
