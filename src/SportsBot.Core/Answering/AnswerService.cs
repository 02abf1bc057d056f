using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>The use case "answer a fan's question": check it, retrieve, answer.</summary>
public sealed class AnswerService(
    IRetriever shippedRetriever,
    IAnswerer answerer,
    IFollowUpRewriter rewriter,
    ICitationLog citationLog,
    TimeProvider time,
    IOptions<AnswerOptions> options,
    ILogger<AnswerService> logger)
{
    public Task<TimedAnswer> AskAsync(string question, CancellationToken cancellationToken) =>
        AskAsync(question, shippedRetriever, cancellationToken);

    /// <summary>Answers with another retriever in place of the shipped one (for side-by-side comparisons in <c>eval</c>).</summary>
    public async Task<TimedAnswer> AskAsync(string question, IRetriever retriever, CancellationToken cancellationToken)
    {
        var clean = Validate(question);
        var clock = Stopwatch.StartNew();
        var retrieval = await retriever.RetrieveAsync(clean, cancellationToken);
        var answer = await answerer.AnswerAsync(retrieval, cancellationToken);
        clock.Stop();
        logger.LogInformation("Answered in {ElapsedMs} ms, known={Known}, mode={Mode}, sources={SourceCount}", clock.ElapsedMilliseconds, answer.Known, answer.Mode, answer.Citations.Count);
        await RecordCitationsAsync(answer, cancellationToken);
        return new TimedAnswer(answer, clock.Elapsed, retrieval);
    }

    /// <summary>
    /// Answers a follow-up to an earlier exchange ("What about Belarusians?"): it is first restated as a standalone
    /// question, which is what is searched for and what the answer's <see cref="Answer.Question"/> says.
    /// </summary>
    public async Task<TimedAnswer> AskFollowUpAsync(string previousQuestion, string previousAnswer, string followUp, CancellationToken cancellationToken)
    {
        var clean = Validate(followUp);
        var standalone = await rewriter.RewriteAsync(previousQuestion, previousAnswer, clean, cancellationToken);
        logger.LogDebug("Follow-up {FollowUp} searched as {Standalone}", clean, standalone);
        return await AskAsync(standalone, cancellationToken);
    }

    private async Task RecordCitationsAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Citations.Count == 0)
        {
            return;
        }

        try
        {
            await citationLog.RecordAsync([.. answer.Citations.Select(c => new ArticleId(c.ArticleId))], time.GetUtcNow(), cancellationToken);
        }
        catch (IOException ex)
        {
            // Bookkeeping for /kb stale must never cost the fan an answer. A store that is locked by another process
            // or read-only is an expected state with a one-line reason, not a fault worth a stack trace.
            logger.LogWarning("Could not record the citations of an answer: {Reason}", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not record the citations of an answer");
        }
    }

    /// <summary>Trims and checks a question; throws <see cref="InvalidQuestionException"/> with a message for the asker.</summary>
    public string Validate(string? question)
    {
        var clean = new string((question ?? string.Empty).Where(c => !char.IsControl(c) || c == '\n').ToArray()).Trim();
        // Zero-width and other invisible format characters (U+200B, U+200D, U+FEFF…) are not a question either.
        if (clean.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            throw new InvalidQuestionException("Please ask a question, for example: Can Belarusian athletes compete at Paris 2024?");
        }

        var max = options.Value.MaxQuestionLength;
        if (clean.Length > max)
        {
            throw new InvalidQuestionException($"That question is {clean.Length} characters long; please keep it to at most {max}.");
        }

        return clean;
    }
}
