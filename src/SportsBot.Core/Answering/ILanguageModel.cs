namespace SportsBot.Core.Answering;

/// <summary>
/// A language model behind the three prompts SportsBot uses. Implementations send the given, already fenced,
/// variables and return the model's text unchanged; Core checks it. Failures throw (a
/// <see cref="LanguageModelException"/> when the cause is known); callers fall back.
/// </summary>
public interface ILanguageModel
{
    Task<string> WriteAnswerAsync(AnswerPrompt prompt, CancellationToken cancellationToken);

    Task<string> RewriteFollowUpAsync(FollowUpPrompt prompt, CancellationToken cancellationToken);

    Task<string> TranslateQuestionAsync(TranslationPrompt prompt, CancellationToken cancellationToken);
}
