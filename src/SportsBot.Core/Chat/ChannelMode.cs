namespace SportsBot.Core.Chat;

/// <summary>Which messages in a group channel the bot treats as questions. Commands always work; direct messages are always questions.</summary>
public enum ChannelMode
{
    /// <summary>Only <c>/ask</c> and the other commands.</summary>
    CommandsOnly,

    /// <summary>Also messages that mention the bot or reply to it.</summary>
    Mentions,

    /// <summary>Also every message that reads as a question.</summary>
    AllQuestions,
}
