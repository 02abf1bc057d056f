namespace SportsBot.Core.Chat;

/// <summary>
/// Turns a follow-up ("What about Russians?", a reply to an answer) into a question that stands on its own for
/// retrieval. The rule-based one is the default; a language-model rewriter can replace it.
/// </summary>
public interface IFollowUpRewriter
{
    Task<string> RewriteAsync(string previousQuestion, string followUp, CancellationToken cancellationToken);
}
