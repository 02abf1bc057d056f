using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// A follow-up that leans on the previous question is searched together with it; one that names its own subject
/// is searched alone. "And Belarusians?" after a question about Russians asks the same about Belarusians, so the
/// nation is swapped rather than added. The rewriter without a model, and the fallback of the model rewriter.
/// </summary>
public sealed partial class RuleBasedFollowUpRewriter(QueryAnalyzer analyzer, AliasTable aliases, IOptions<AnswerOptions> options) : IFollowUpRewriter
{
    /// <summary>A follow-up with more content words than this usually says what it is about.</summary>
    private const int StandaloneTerms = 3;

    /// <summary>Words that, besides the referring ones, say a message goes on from the last ("the same", "also", "anyone else").</summary>
    private static readonly HashSet<string> ContinuingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "same", "also", "too", "else", "other", "others",
    };

    public Task<string> RewriteAsync(string previousQuestion, string previousAnswer, string followUp, bool explicitReply, CancellationToken cancellationToken)
    {
        var question = followUp.Trim();
        var previous = previousQuestion.Trim();
        if (!(explicitReply ? LeansOnPrevious(question) : PlainlyContinues(question)))
        {
            return Task.FromResult(question);
        }

        var rewritten = SwapNation(previous, question)
            ?? $"{previous}{(EndsSentence(previous) ? string.Empty : ".")} {question}";
        return Task.FromResult(rewritten.Length <= options.Value.MaxQuestionLength ? rewritten : question);
    }

    /// <summary>
    /// "And Belarusians?", "What about Ukraine?" after "Can Russian tennis players play Wimbledon?": the earlier
    /// question with its nation replaced, in the same form ("Belarusian tennis players").
    /// </summary>
    private string? SwapNation(string previous, string followUp)
    {
        var other = OtherSubject().Match(followUp);
        if (!other.Success)
        {
            return null;
        }

        var newWords = Word().Matches(other.Groups["x"].Value).Select(m => m.Value).ToList();
        var newNation = newWords.Select(w => (Word: w, Group: aliases.GroupOf(w))).FirstOrDefault(w => w.Group is { } g && aliases.IsNation(g));
        if (newNation.Group is not { } newGroup || newWords.Count > 4)
        {
            return null;
        }

        foreach (Match m in Word().Matches(previous))
        {
            if (aliases.GroupOf(m.Value) is { } oldGroup && aliases.IsNation(oldGroup) && oldGroup != newGroup)
            {
                var replacement = aliases.SameFormIn(newGroup, m.Value) ?? newNation.Word;
                return previous[..m.Index] + replacement + previous[(m.Index + m.Length)..];
            }
        }

        return null;
    }

    private bool LeansOnPrevious(string question)
    {
        if (PlainlyContinues(question))
        {
            return true;
        }

        var words = Word().Matches(question).Select(m => m.Value).ToList();
        if (words.Any(w => ReferringWords.IsReferring(w) || ContinuingWords.Contains(w)))
        {
            return true;
        }

        // "Who is Valieva?" is short but names its subject; "Why?" and "Since when?" do not.
        return !NamesSomething(words) && analyzer.Analyze(question).Terms.Count < StandaloneTerms;
    }

    /// <summary>
    /// "And…", "What about…", "Since when?", "Why?", and a message that speaks of someone only as "he", "they" or "it"
    /// and names nothing ("What did he win?" after "Who is Litvinovich?" had been answered about Rubiales): a message
    /// that cannot be anything but a continuation.
    /// </summary>
    public bool PlainlyContinues(string question) =>
        Opener().IsMatch(question)
        || (analyzer.Analyze(question).Terms.Count == 0 && Word().Matches(question).Count <= 3)
        || (ReferringWords.PronounIn(question) && !NamesSomething([.. Word().Matches(question).Select(m => m.Value)]));

    /// <summary>A capitalised word after the first, or a number: the message says what it is about.</summary>
    private static bool NamesSomething(List<string> words) =>
        words.Skip(1).Any(w => char.IsUpper(w[0])) || words.Any(w => w.All(char.IsDigit));

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '?' or '.' or '!';

    [GeneratedRegex(@"^\s*(and|but|so|or|also|what about|how about|what if|why not|since when|until when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^\s*(?:and|but|what about|how about|and what about)\s+(?:the\s+)?(?<x>[^?.!]+?)\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
