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
}
