namespace SportsBot.Core.Answering;

/// <summary>Puts a question asked in another language into English for retrieval, when a model that can is configured.</summary>
public interface IQuestionTranslator
{
    /// <summary>The English question, or null when there is no model to translate with or it failed.</summary>
    Task<string?> ToEnglishAsync(string question, string language, CancellationToken cancellationToken);
}
