using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// A follow-up that leans on the previous question (few content words, "what about…", "and…", "they", "it")
/// is searched together with that question; a follow-up that names its own subject is searched alone.
/// The rewriter without a model, and the fallback of the model rewriter.
/// </summary>
public sealed partial class RuleBasedFollowUpRewriter(QueryAnalyzer analyzer, IOptions<AnswerOptions> options) : IFollowUpRewriter
{
    /// <summary>A follow-up with more content words than this usually says what it is about.</summary>
    private const int StandaloneTerms = 3;

    private static readonly HashSet<string> ReferringWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "they", "them", "their", "theirs", "it", "its", "he", "him", "his", "she", "her", "that", "this", "those", "these",
        "there", "then", "same", "also", "too", "else", "other", "others",
    };

    public Task<string> RewriteAsync(string previousQuestion, string previousAnswer, string followUp, CancellationToken cancellationToken)
    {
        var question = followUp.Trim();
        if (!LeansOnPrevious(question))
        {
            return Task.FromResult(question);
        }

        var previous = previousQuestion.Trim();
        var combined = $"{previous}{(EndsSentence(previous) ? string.Empty : ".")} {question}";
        return Task.FromResult(combined.Length <= options.Value.MaxQuestionLength ? combined : question);
    }

    private bool LeansOnPrevious(string question)
    {
        if (Opener().IsMatch(question))
        {
            return true;
        }

        var words = Word().Matches(question).Select(m => m.Value).ToList();
        if (words.Any(ReferringWords.Contains))
        {
            return true;
        }

        // "Who is Valieva?" is short but names its subject; "Why?" and "Since when?" do not.
        var namesSomething = words.Skip(1).Any(w => char.IsUpper(w[0])) || words.Any(w => w.All(char.IsDigit));
        return !namesSomething && analyzer.Analyze(question).Terms.Count < StandaloneTerms;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '?' or '.' or '!';

    [GeneratedRegex(@"^\s*(and|but|so|or|also|what about|how about|what if|why not|since when|until when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
