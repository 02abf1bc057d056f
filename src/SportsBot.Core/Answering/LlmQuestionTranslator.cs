using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SportsBot.Core.Answering;

/// <summary>Has the language model translate the question; its reply is checked like a follow-up rewrite (one line, a sensible length).</summary>
public sealed class LlmQuestionTranslator(
    ILanguageModel model,
    IOptions<LlmOptions> llmOptions,
    IOptions<AnswerOptions> answerOptions,
    ILogger<LlmQuestionTranslator> logger) : IQuestionTranslator
{
    public async Task<string?> ToEnglishAsync(string question, string language, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await LanguageModelCall.RunAsync(
                ct => model.TranslateQuestionAsync(new TranslationPrompt(PromptFence.Question(question), language), ct),
                llmOptions.Value.Timeout,
                cancellationToken);
            var line = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()?.Trim('"', '\'', '“', '”', '`', ' ');
            if (line is { Length: > 0 } && line.Count(char.IsLetter) >= 3 && line.Length <= answerOptions.Value.MaxQuestionLength)
            {
                return line;
            }

            logger.LogWarning("Question translation not used (the model's reply was empty or too long)");
        }
        catch (LanguageModelException ex)
        {
            logger.LogWarning("Question translation failed ({Reason})", ex.Reason);
            logger.LogDebug(ex, "Question translation call failed: {Reason}", ex.Reason);
        }

        return null;
    }
}
