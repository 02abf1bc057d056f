namespace SportsBot.Core.Chat;

/// <summary>What a reply is, so adapters can render each kind in their own way.</summary>
public enum ReplyKind
{
    /// <summary>An answer to a question: text with [n] markers and its citations.</summary>
    Answer,

    /// <summary>The full source list of an answer (<c>/sources</c>): each citation with its quote.</summary>
    Sources,

    /// <summary>Help, confirmations, lists, refusals: plain text.</summary>
    Notice,

    /// <summary>Something went wrong on our side.</summary>
    Error,

    /// <summary>
    /// A question to one person whose one-line answer the bot waits for ("What was wrong with this answer?").
    /// Its single action's data is what the answer comes back with: a Discord modal submits it, on other
    /// platforms the person replies to the prompt.
    /// </summary>
    Prompt,
}
