using SportsBot.Core.Answering;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// Without a language model, a question in a language with a bundled glossary (Spanish, Italian, Russian…) is read
/// word by word into English ("¿Quién es el dueño del Newcastle United?" as "Who is owner of Newcastle United?"), so
/// that the English rules can read what it asks, not only its names. The reading is rough (the words keep their
/// order), which is why the answer shows it to the asker.
/// </summary>
public sealed class GlossaryQuestionTranslator(GlossaryShelf glossaries) : IQuestionTranslator
{
    public Task<string?> ToEnglishAsync(string question, string language, CancellationToken cancellationToken) =>
        Task.FromResult(glossaries.Of(language)?.Read(question));
}
