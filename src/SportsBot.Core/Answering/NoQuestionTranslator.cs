namespace SportsBot.Core.Answering;

/// <summary>Without a language model there is nothing to translate with.</summary>
public sealed class NoQuestionTranslator : IQuestionTranslator
{
    public Task<string?> ToEnglishAsync(string question, string language, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
