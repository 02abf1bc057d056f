using Lingua;
using SportsBot.Core.Answering;
using static Lingua.Language;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// Lingua over the languages fans of European sport are most likely to write in. Names dominate short sports
/// questions ("Who is Litvinovich?"), so a question is only called non-English when English is clearly not it.
/// </summary>
public sealed class LinguaLanguageDetector : ILanguageDetector
{
    /// <summary>Below this, a language's confidence is not enough to call a question non-English.</summary>
    private const double Confident = 0.6;

    private readonly Lazy<LanguageDetector> _detector = new(
        () => LanguageDetectorBuilder
            .FromLanguages(English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Belarusian, Polish, Czech, Swedish, Turkish)
            // Next to this assembly, where the build copies them, whatever the host's base directory.
            .WithLanguageModelsDirectory(Path.Combine(Path.GetDirectoryName(typeof(LinguaLanguageDetector).Assembly.Location)!, "Lingua", "LanguageModels"))
            .Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public string? NonEnglishLanguageOf(string text)
    {
        // Cyrillic says it without a model; a question of two or three Latin words is too short to tell.
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return null;
        }

        var cyrillic = letters.Count(c => c is >= '\u0400' and <= '\u04FF');
        if (cyrillic * 2 < letters.Count && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
        {
            return null;
        }

        var confidences = _detector.Value.ComputeLanguageConfidenceValues(text);
        var (top, confidence) = confidences.MaxBy(kv => kv.Value);
        var english = confidences.GetValueOrDefault(English);
        return top != English && confidence >= Confident && english < 1 - Confident ? top.ToString() : null;
    }
}
