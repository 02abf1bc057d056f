using System.Collections.Concurrent;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The bundled glossaries (<c>Glossaries/&lt;Language&gt;.tsv</c>), each loaded on first use: for questions, named
/// as the language detector names their language, and for sources, by their ISO 639-1 code.
/// </summary>
public sealed class GlossaryShelf : ISourceGlossary
{
    private readonly ConcurrentDictionary<string, Lazy<Glossary?>> _glossaries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The glossary of a language by name ("Italian"), or null when none is bundled.</summary>
    internal Glossary? Of(string language) =>
        _glossaries.GetOrAdd(language, name => new Lazy<Glossary?>(() => Load(name))).Value;

    public string? ToEnglishWords(string text, string language) => Of(LanguageNames.Of(language))?.Gloss(text);

    private static Glossary? Load(string language)
    {
        using var stream = typeof(GlossaryShelf).Assembly.GetManifestResourceStream($"SportsBot.Infrastructure.Glossaries.{language}.tsv");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return new Glossary(reader);
    }
}
