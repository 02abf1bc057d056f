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
    ILanguageDetector languages,
    IQuestionTranslator translator,
    QueryAnalyzer analyzer,
    QuestionSpeller speller,
    ICitationLog citationLog,
    TimeProvider time,
    IOptions<AnswerOptions> options,
    ILogger<AnswerService> logger)
{
    public Task<TimedAnswer> AskAsync(string question, CancellationToken cancellationToken) =>
        AskAsync(question, shippedRetriever, cancellationToken);

    /// <summary>Answers with another retriever in place of the shipped one (for side-by-side comparisons in <c>eval</c>).</summary>
    public Task<TimedAnswer> AskAsync(string question, IRetriever retriever, CancellationToken cancellationToken) =>
        AnswerAsync(Validate(question), retriever, alreadySaid: null, cancellationToken);

    /// <summary>
    /// Answers a follow-up to an earlier exchange ("What about Belarusians?", "Since when?"): it is first restated as
    /// a standalone question, which is what is searched for and what the answer's <see cref="Answer.Question"/> says,
    /// and the sentences of the earlier answer are not offered again when the sources say more.
    /// </summary>
    /// <param name="explicitReply">The asker replied to the answer; otherwise (the console's running conversation) only a message that plainly continues ("and…", "why?") is taken as a follow-up.</param>
    public async Task<TimedAnswer> AskFollowUpAsync(string previousQuestion, string previousAnswer, string followUp, CancellationToken cancellationToken, bool explicitReply = true)
    {
        var clean = Validate(followUp);
        if (SmallTalk.ReplyTo(clean) is not null)
        {
            return await AnswerAsync(clean, shippedRetriever, alreadySaid: null, cancellationToken);
        }

        var standalone = await rewriter.RewriteAsync(previousQuestion, previousAnswer, clean, explicitReply, cancellationToken);
        logger.LogDebug("Follow-up {FollowUp} searched as {Standalone}", clean, standalone);
        return await AnswerAsync(standalone, shippedRetriever, standalone == clean ? null : previousAnswer, cancellationToken);
    }

    private async Task<TimedAnswer> AnswerAsync(string question, IRetriever retriever, string? alreadySaid, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (SmallTalk.ReplyTo(question) is { } reply)
        {
            return new TimedAnswer(Answer.Remark(question, reply), clock.Elapsed, RetrievalResult.Nothing(analyzer.Analyze(question)));
        }

        // A question in another language is searched in English: translated when a model can (or, without one, read
        // through the bundled glossary of its language), else as it is (names still match). A translation the
        // sources do not cover is tried once more as written, since its names may still find what its words missed;
        // if that finds nothing too, the asker is told plainly that questions are read in English.
        var language = languages.NonEnglishLanguageOf(question);
        var translated = language is null ? null : await translator.ToEnglishAsync(question, language, cancellationToken);
        var (answer, retrieval) = await SearchAndAnswerAsync(question, translated ?? question, language, retriever, alreadySaid, cancellationToken);
        if (translated is not null && !answer.Known)
        {
            logger.LogDebug("Question {Question}, read as {Translated}, is searched again as written", question, translated);
            (answer, retrieval) = await SearchAndAnswerAsync(question, question, language, retriever, alreadySaid, cancellationToken);
        }

        clock.Stop();
        logger.LogInformation("Answered in {ElapsedMs} ms, known={Known}, mode={Mode}, sources={SourceCount}", clock.ElapsedMilliseconds, answer.Known, answer.Mode, answer.Citations.Count);
        await RecordCitationsAsync(answer, cancellationToken);
        return new TimedAnswer(answer with { Question = question }, clock.Elapsed, retrieval);
    }

    private async Task<(Answer Answer, RetrievalResult Retrieval)> SearchAndAnswerAsync(
        string question, string searchedAs, string? language, IRetriever retriever, string? alreadySaid, CancellationToken cancellationToken)
    {
        var searched = QuestionShorthand.Expand(InstructionStripper.Question(searchedAs));
        var retrieval = await retriever.RetrieveAsync(searched, cancellationToken);
        var untranslated = language is not null && searchedAs == question;
        // Read only by the speller and the name casing, and by them only for a question they may change.
        var texts = retrieval.Passages.Select(p => $"{p.Article.Title}\n{p.Article.Body}");
        // Words of another language searched as written are not slips ("sobre" is not "sabre"): a question is mended
        // only into English, and one that mending makes English ("wat hapend to britny grinner") was English all along.
        if (speller.Correct(searched, texts) is { } mended
            && (!untranslated || languages.NonEnglishLanguageOf(mended) is null))
        {
            if (untranslated)
            {
                (language, untranslated) = (null, false);
            }

            // Search again with the slips mended: the first search found the right stories by meaning, but its
            // keyword half and the answer's rules read "rubialis" as a word no source has.
            logger.LogDebug("Question {Question} searched again as {Mended}", searched, mended);
            retrieval = await retriever.RetrieveAsync(mended, cancellationToken);
        }

        // Names typed in lower case ("world cup") are read with the capitals the stories give them.
        if (!untranslated && NameCasing.Restore(retrieval.Query.Question, texts) is { } cased)
        {
            logger.LogDebug("Question {Question} read as {Cased}", retrieval.Query.Question, cased);
            retrieval = retrieval with { Query = analyzer.Analyze(cased) };
        }

        retrieval = retrieval with { Query = retrieval.Query with { AskedAs = question, AskedIn = language, AlreadySaid = alreadySaid } };
        var answer = await answerer.AnswerAsync(retrieval, cancellationToken);
        if (untranslated && !answer.Known && language is { } asked)
        {
            answer = Answer.Remark(question, LanguageNotes.AskInEnglish(asked));
        }

        return (answer, retrieval);
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
