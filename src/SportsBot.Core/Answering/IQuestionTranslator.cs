namespace SportsBot.Core.Answering;

/// <summary>Puts a question asked in another language into English for retrieval, when a model that can is configured, or roughly without one.</summary>
public interface IQuestionTranslator
{
    /// <summary>The service key of the translator used when no language model is configured (a glossary, if the host registers one).</summary>
    public const string WithoutModel = "without-model";

    /// <summary>The English question, or null when there is nothing to translate with or it failed.</summary>
    Task<string?> ToEnglishAsync(string question, string language, CancellationToken cancellationToken);
}
