using System.Text.RegularExpressions;
using Lingua;
using SportsBot.Core.Answering;
using static Lingua.Language;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// Lingua over the languages fans of European sport are most likely to write in. Names dominate short sports
/// questions ("Who is Litvinovich?"), so a question is only called non-English when English is clearly not it.
/// </summary>
public sealed partial class LinguaLanguageDetector : ILanguageDetector
{
    /// <summary>Below this, a language's confidence is not enough to call a question non-English.</summary>
    private const double Confident = 0.6;

    private readonly Lazy<LanguageDetector> _detector = new(
        () => LanguageDetectorBuilder
            .FromLanguages(English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Belarusian, Polish, Czech, Swedish, Turkish)
            // Next to this assembly, where the build copies them, whatever the host's base directory.
            .WithLanguageModelsDirectory(Path.Combine(Path.GetDirectoryName(typeof(LinguaLanguageDetector).Assembly.Location)!, "Lingua", "LanguageModels"))
            // Trigram models only: the full models of these languages held about 350 MB of the heap for as long as
            // the bot runs, and a question of four words or more is told apart by its trigrams.
            .WithLowAccuracyMode()
            .Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public string? NonEnglishLanguageOf(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || WrittenInPlainEnglish(text))
        {
            return null;
        }

        // Cyrillic says it without a model, but not which of the Cyrillic languages.
        var cyrillic = letters.Count(c => c is >= '\u0400' and <= '\u04FF');
        if (cyrillic * 2 >= letters.Count && RussianOrUkrainian(text) is { } slavic)
        {
            return slavic;
        }

        // A question word no English question opens with ("Qui a acheté Newcastle United ?", "Quand la FIFA a-t-elle…")
        // names the language where the names around it mislead the model (it took the second for German); of a word
        // two languages share ("quando"), the likelier.
        var confidences = new Lazy<IReadOnlyDictionary<Language, double>>(() => _detector.Value.ComputeLanguageConfidenceValues(text));
        if (cyrillic * 2 < letters.Count && QuestionWordLanguages.TryGetValue(FirstWord(text).TrimStart('¿', '¡'), out var candidates))
        {
            return (candidates.Length == 1 ? candidates[0] : candidates.MaxBy(c => confidences.Value.GetValueOrDefault(c))).ToString();
        }

        // Names tell nothing of the language they are asked in ("Is NPC Belarus suspended?" had read as Portuguese): a
        // Latin question with fewer than three words in lower case after its first is too short to tell.
        if (cyrillic * 2 < letters.Count && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Count(w => char.IsLower(w.FirstOrDefault(char.IsLetter))) < 3)
        {
            return null;
        }

        var (top, confidence) = confidences.Value.MaxBy(kv => kv.Value);
        var english = confidences.Value.GetValueOrDefault(English);
        return top != English && confidence >= Confident && english < 1 - Confident ? top.ToString() : null;
    }

    private static string FirstWord(string text) =>
        text.Split([' ', ',', '?', '!', '.', '«', '"'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? string.Empty;

    /// <summary>
    /// Words that open questions in the languages with a glossary and open none in English ("was", "come" and
    /// "comment" do), with the languages each belongs to ("quando" is Italian and Portuguese, "wie" German and Dutch).
    /// </summary>
    private static readonly Dictionary<string, Language[]> QuestionWordLanguages = new(StringComparer.Ordinal)
    {
        ["qui"] = [French], ["quand"] = [French], ["pourquoi"] = [French], ["où"] = [French], ["combien"] = [French], ["quel"] = [French], ["quelle"] = [French], ["quels"] = [French], ["quelles"] = [French],
        ["quién"] = [Spanish], ["quien"] = [Spanish], ["cuándo"] = [Spanish], ["cuando"] = [Spanish], ["dónde"] = [Spanish], ["donde"] = [Spanish], ["cuántos"] = [Spanish], ["cuántas"] = [Spanish], ["cuál"] = [Spanish], ["qué"] = [Spanish], ["por"] = [Spanish, Portuguese],
        ["chi"] = [Italian], ["perché"] = [Italian], ["perche"] = [Italian], ["quanti"] = [Italian], ["quante"] = [Italian], ["quale"] = [Italian], ["quando"] = [Italian, Portuguese], ["cosa"] = [Italian],
        ["quem"] = [Portuguese], ["onde"] = [Portuguese], ["porque"] = [Portuguese], ["quantos"] = [Portuguese], ["qual"] = [Portuguese],
        ["wer"] = [German], ["wann"] = [German], ["warum"] = [German], ["wo"] = [German], ["wieso"] = [German], ["weshalb"] = [German], ["welche"] = [German], ["welcher"] = [German], ["wie"] = [German, Dutch],
        ["waarom"] = [Dutch], ["wanneer"] = [Dutch], ["waar"] = [Dutch], ["hoe"] = [Dutch], ["hoeveel"] = [Dutch], ["welke"] = [Dutch],
        ["kto"] = [Polish], ["kiedy"] = [Polish], ["dlaczego"] = [Polish], ["gdzie"] = [Polish], ["ile"] = [Polish], ["czy"] = [Polish],
    };

    /// <summary>
    /// Russian and Ukrainian share most letters and, in a short question, most trigrams ("Кто купил «Ньюкасл Юнайтед»?"
    /// had read as Ukrainian, whose glossary cannot read it). Their question words differ ("кто", "почему" against
    /// "хто", "чому"), and so do a few letters (ы, э, ъ, ё against і, ї, є, ґ): either settles it. Null when neither
    /// does, or when the question may be Belarusian.
    /// </summary>
    private static string? RussianOrUkrainian(string text)
    {
        // Belarusian shares Ukrainian's "хто" and "і"; its own "ў" leaves the call to the model.
        if (text.Contains('ў', StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var first = FirstWord(text);
        if (RussianQuestionWords.Contains(first))
        {
            return nameof(Russian);
        }

        if (UkrainianQuestionWords.Contains(first))
        {
            return nameof(Ukrainian);
        }

        var lower = text.ToLowerInvariant();
        var russian = lower.IndexOfAny(['ы', 'э', 'ъ', 'ё']) >= 0;
        var ukrainian = lower.IndexOfAny(['і', 'ї', 'є', 'ґ']) >= 0;
        return russian == ukrainian ? null : russian ? nameof(Russian) : nameof(Ukrainian);
    }

    private static readonly HashSet<string> RussianQuestionWords = new(StringComparer.Ordinal)
    {
        "кто", "что", "почему", "когда", "где", "сколько", "какой", "какая", "какие", "каким", "зачем", "куда", "откуда", "чей", "чья", "может", "могут",
    };

    private static readonly HashSet<string> UkrainianQuestionWords = new(StringComparer.Ordinal)
    {
        "хто", "що", "чому", "коли", "де", "скільки", "який", "яка", "які", "навіщо", "куди", "звідки", "чий", "чия", "чи", "може", "можуть",
    };

    /// <summary>
    /// Nearly every question reads as English at a glance, and the model costs milliseconds a question: text with no
    /// letter outside ASCII but in names that uses two of English's own function words ("what … the", "did … and") is
    /// English.
    /// None of these words is a common word of the other languages listed ("was", "will", "die", "in", Dutch "is" and
    /// "of", Portuguese "do" would be).
    /// </summary>
    private static bool WrittenInPlainEnglish(string text)
    {
        // "Which rider won the 2025 Vuelta a España overall?" is English: a capitalised word is a name, spelt as its
        // own language spells it; only a letter outside ASCII in a word of the sentence itself says another language.
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !char.IsUpper(w.FirstOrDefault(char.IsLetter)) && w.Any(c => char.IsLetter(c) && c > '\u007F')))
        {
            return false;
        }

        // "What's the latest on Kharlan?" had read as German: the word before an English contraction is the English word.
        var words = text.Split([' ', ',', '?', '!', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Contraction().Replace(w, string.Empty))
            .ToArray();
        return (words.Length > 0 && EnglishQuestionWords.Contains(words[0]))
            || words.Skip(1).Any(AskedInPlace.Contains)
            || (words.Length > 1 && SharedOpeners.Contains(words[0]) && (EnglishSubjects.Contains(words[1]) || words.Skip(1).Any(EnglishFunctionWords.Contains)))
            || words.Where(w => EnglishFunctionWords.Contains(w)).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2;
    }

    /// <summary>
    /// A question that opens with one of these is English however many names follow ("Who replaced Rubiales as RFEF
    /// president?" had read as Spanish, "Did Semenya win her case?" as French): none of them is a common word of the
    /// other languages listed ("is" is Dutch, "was" and "will" German, "do" Portuguese, so they do not count).
    /// </summary>
    private static readonly HashSet<string> EnglishQuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "which", "why", "how", "when", "where",
        "are", "did", "does", "has", "have", "can", "could", "would", "should", "were",

        // Openers of asking for news rather than a fact: "Any news on Kasatkina?" had read as Polish.
        "any", "anything", "tell", "explain", "whats", "hows",
    };

    /// <summary>
    /// English question words, which ask wherever they stand ("Kharlan won which medals at Paris 2024?" had read as
    /// German): none is a word of the other languages listed.
    /// </summary>
    private static readonly HashSet<string> AskedInPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "which", "why", "how", "when", "where",
    };

    /// <summary>
    /// Openers English shares with the other languages listed ("is" and "was" are Dutch and German too): followed by one
    /// of <see cref="EnglishSubjects"/> ("is the ioc being fair to russia" had read as Dutch), or with one of
    /// <see cref="EnglishFunctionWords"/> anywhere after them ("Was Rubiales banned by the IOC?" had read as Italian,
    /// "Is Rubiales still RFEF president?" as Spanish, "Will Ellenmark's athletes be allowed to compete…?" as German),
    /// the question is English.
    /// </summary>
    private static readonly HashSet<string> SharedOpeners = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "will", "do" };

    [GeneratedRegex(@"['’](?:s|re|ve|ll|d)$", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    private static readonly HashSet<string> EnglishSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "there", "it", "he", "she", "they", "this", "that", "any", "anyone", "his", "her", "their",
    };

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "what", "who", "which", "why", "how", "when", "where", "did", "does", "are", "were",
        "has", "have", "be", "been", "being", "with", "from", "after", "they", "their", "any", "can", "could", "should", "would",
        "still", "now", "yet", "already", "ever",
    };
}
