using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Has a language model write the answer from numbered, dated sources, then holds it to them: markers naming a
/// source that was not sent are removed, a reply left citing nothing is replaced by the extractive answer, and
/// the model's "not covered" makes the answer unknown. Any failure (timeout, HTTP error, empty or malformed
/// reply) falls back to the extractive answer with the reason, so the asker always gets a reply.
/// </summary>
public sealed class LlmAnswerer(
    ILanguageModel model,
    EvidenceFinder evidenceFinder,
    AnswerComposer composer,
    ReplySupport support,
    IOptions<LlmOptions> options,
    TimeProvider time,
    ILogger<LlmAnswerer> logger) : IAnswerer
{
    private readonly LlmOptions _options = options.Value;

    public async Task<Answer> AnswerAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        var question = retrieval.Query.Question;
        // Sources with a sentence that answers the question get the budget first, in retrieval's order (newest
        // relevant first); the rest (background, older reports) fill what is left, so the model can tell what changed.
        var evidence = await evidenceFinder.FindAsync(retrieval, cancellationToken);
        var answering = evidence.Answering.Select(e => e.Passage.Article.Id).ToHashSet();
        var ranked = retrieval.Passages.OrderByDescending(p => answering.Contains(p.Article.Id)).ToList();
        var sources = SourceBudget.Select(ranked, _options.MaxSources, _options.ContextBudgetTokens);
        if (sources.Count == 0)
        {
            // Nothing was found at all: there is nothing to ground a model's answer in, and no call to pay for.
            return composer.Compose(evidence, retrieval);
        }

        var prompt = new AnswerPrompt(
            PromptFence.Sources(sources),
            // The asker's own words, so the model answers in their language; the sources were found with the English.
            PromptFence.Question(retrieval.Query.AskedAs ?? question),
            DateText.Format(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));

        string reply;
        try
        {
            reply = await LanguageModelCall.RunAsync(ct => model.WriteAnswerAsync(prompt, ct), _options.Timeout, cancellationToken);
        }
        catch (LanguageModelException ex)
        {
            return Fallback(evidence, retrieval, ex.Reason, ex);
        }

        if (string.IsNullOrWhiteSpace(reply))
        {
            return Fallback(evidence, retrieval, "the model returned an empty reply", null);
        }

        if (!CitationChecker.HasWords(reply))
        {
            return Fallback(evidence, retrieval, "the model's reply was malformed", null);
        }

        var checkedReply = CitationChecker.Check(reply, sources.Count);
        if (checkedReply.Removed > 0)
        {
            logger.LogInformation("Removed {RemovedCount} citation markers naming no source that was sent ({SourceCount} were)", checkedReply.Removed, sources.Count);
        }

        if (checkedReply.SaysNotCovered)
        {
            return Answer.NotCovered(question, AnswerMode.Llm);
        }

        if (checkedReply.Cited.Count == 0)
        {
            return Fallback(evidence, retrieval, "the model's reply cited none of the sources sent", null);
        }

        // The checked text numbers the cited sources 1…k in the order of checkedReply.Cited.
        var cited = checkedReply.Cited.Select(n => sources[n - 1]).ToList();
        var sentences = ReplySupport.Sentences(checkedReply.Text);
        if (support.FirstUnsupported(sentences, cited, otherLanguage: retrieval.Query.AskedIn is not null) is { } unsupported)
        {
            logger.LogInformation("A sentence of the model's reply is not supported by the sources it cites: {Sentence}", unsupported.Text);
            return Fallback(evidence, retrieval, "the model's reply said something its cited sources do not", null);
        }

        var citations = cited.Select((s, i) => new Citation(
            i + 1,
            s.Article.Title,
            s.Article.Source,
            s.Article.Url,
            s.Article.Published,
            s.Article.Id.Value,
            s.Chunks[0].Chunk.Text,
            Math.Round(s.Passage.Similarity, 3))).ToList();
        var asOf = cited.Max(s => s.Article.Published);
        var parts = sentences.Select((s, i) => new AnswerPart(i == 0 ? AnswerRole.Lead : AnswerRole.Supporting, s.Text, s.Cites)).ToList();
        return Answer.Compose(question, parts, citations, asOf, AnswerMode.Llm);
    }

    /// <summary>The extractive answer, composed from the evidence already judged for the model's sources.</summary>
    private Answer Fallback(EvidenceSet evidence, RetrievalResult retrieval, string reason, Exception? exception)
    {
        // The reason says what went wrong; the stack trace is for a developer who turned logging up.
        logger.LogWarning("LLM answer not used ({Reason}); answering with the extractive answerer", reason);
        if (exception is not null)
        {
            logger.LogDebug(exception, "LLM call failed: {Reason}", reason);
        }

        return composer.Compose(evidence, retrieval) with { FallbackReason = reason };
    }
}
