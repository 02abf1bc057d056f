using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SportsBot.Core.Answering;

/// <summary>
/// Asks the model to restate a follow-up as a standalone question before retrieval. The model's text is checked
/// (one line, a sensible length); on any failure the earlier question and the follow-up are searched together.
/// </summary>
public sealed class LlmFollowUpRewriter(
    ILanguageModel model,
    RuleBasedFollowUpRewriter fallback,
    IOptions<LlmOptions> llmOptions,
    IOptions<AnswerOptions> answerOptions,
    ILogger<LlmFollowUpRewriter> logger) : IFollowUpRewriter
{
    /// <summary>An earlier answer is context, not the subject: its first part says what the conversation is about.</summary>
    private const int MaxPreviousAnswerChars = 1_500;

    private static readonly string[] Preambles = ["standalone question:", "question:", "rewritten question:"];

    public async Task<string> RewriteAsync(string previousQuestion, string previousAnswer, string followUp, bool explicitReply, CancellationToken cancellationToken)
    {
        // In a running conversation without replies (the console), a new question is a new question.
        if (!explicitReply && !fallback.PlainlyContinues(followUp.Trim()))
        {
            return followUp.Trim();
        }

        var answer = previousAnswer.Length <= MaxPreviousAnswerChars ? previousAnswer : previousAnswer[..MaxPreviousAnswerChars] + " …";
        var prompt = new FollowUpPrompt(
            PromptFence.Block("earlier-question", previousQuestion),
            PromptFence.Block("earlier-answer", answer),
            PromptFence.Block("follow-up", followUp));
        try
        {
            var reply = await LanguageModelCall.RunAsync(ct => model.RewriteFollowUpAsync(prompt, ct), llmOptions.Value.Timeout, cancellationToken);
            if (Clean(reply) is { } standalone)
            {
                return standalone;
            }

            logger.LogWarning("Follow-up rewrite not used (the model's reply was empty or not one question); searching with the earlier question added");
        }
        catch (LanguageModelException ex)
        {
            logger.LogWarning("Follow-up rewrite failed ({Reason}); searching with the earlier question added", ex.Reason);
            logger.LogDebug(ex, "Follow-up rewrite call failed: {Reason}", ex.Reason);
        }

        return await fallback.RewriteAsync(previousQuestion, previousAnswer, followUp, explicitReply, cancellationToken);
    }

    private string? Clean(string reply)
    {
        var line = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        foreach (var preamble in Preambles)
        {
            if (line.StartsWith(preamble, StringComparison.OrdinalIgnoreCase))
            {
                line = line[preamble.Length..].Trim();
            }
        }

        line = line.Trim('"', '\'', '“', '”', '`', ' ');
        return line.Count(char.IsLetter) >= 3 && line.Length <= answerOptions.Value.MaxQuestionLength ? line : null;
    }
}
