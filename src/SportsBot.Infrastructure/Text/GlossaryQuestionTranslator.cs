using System.Collections.Concurrent;
using SportsBot.Core.Answering;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// Without a language model, a question in Spanish, Portuguese, Italian, French, German or Russian is read word by
/// word into English through the bundled glossary of its language ("¿Quién es el dueño del Newcastle United?" as
/// "Who is the owner of Newcastle United?"), so that the English rules can read what it asks, not only its names.
/// The reading is rough (the words keep their order), which is why the answer shows it to the asker.
/// </summary>
public sealed class GlossaryQuestionTranslator : IQuestionTranslator
{
    private readonly ConcurrentDictionary<string, Lazy<Glossary?>> _glossaries = new(StringComparer.Ordinal);

    public Task<string?> ToEnglishAsync(string question, string language, CancellationToken cancellationToken) =>
        Task.FromResult(GlossaryOf(language)?.Read(question));

    private Glossary? GlossaryOf(string language) =>
        _glossaries.GetOrAdd(language, name => new Lazy<Glossary?>(() => Load(name))).Value;

    /// <summary>The glossary bundled for a language, or null for a language without one.</summary>
    private static Glossary? Load(string language)
    {
        var assembly = typeof(GlossaryQuestionTranslator).Assembly;
        using var stream = assembly.GetManifestResourceStream($"SportsBot.Infrastructure.Glossaries.{language}.tsv");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return new Glossary(reader);
    }
}
