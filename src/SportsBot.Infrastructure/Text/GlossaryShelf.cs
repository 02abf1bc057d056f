using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using SportsBot.Core;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The bundled glossaries (<c>Glossaries/&lt;Language&gt;.tsv</c>), each loaded on first use: for questions, named
/// as the language detector names their language, and for sources, by their ISO 639-1 code.
/// </summary>
public sealed class GlossaryShelf : ISourceGlossary, IDisposable
{
    /// <summary>Source texts whose reading is remembered: questions keep landing on the same few foreign stories.</summary>
    private const int RememberedReadings = 5_000;

    private readonly MemoryCache _readings = BoundedMemoryCache.Create(TimeProvider.System, RememberedReadings);

    private readonly ConcurrentDictionary<string, Lazy<Glossary?>> _glossaries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The glossary of a language by name ("Italian"), or null when none is bundled.</summary>
    internal Glossary? Of(string language) =>
        _glossaries.GetOrAdd(language, name => new Lazy<Glossary?>(() => Load(name))).Value;

    /// <remarks>A story's whole text and each of its sentences are read for every question it is retrieved for (about 2 ms for 2,000 characters), so readings are remembered.</remarks>
    public string? ToEnglishWords(string text, string language)
    {
        if (Of(LanguageNames.Of(language)) is not { } glossary)
        {
            return null;
        }

        return _readings.GetOrCreate((language, text), entry =>
        {
            entry.Size = 1;
            return glossary.Gloss(text);
        });
    }

    public void Dispose() => _readings.Dispose();

    private static Glossary? Load(string language)
    {
        using var stream = typeof(GlossaryShelf).Assembly.GetManifestResourceStream($"SportsBot.Infrastructure.Glossaries.{language}.tsv");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        // German and Dutch write compounds as one word; the Romance and Slavic languages bundled here do not.
        return new Glossary(reader, compounds: language is "German" or "Dutch");
    }
}
