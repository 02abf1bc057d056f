namespace SportsBot.Core.Answering;

/// <summary>Tells an English question from one in another language.</summary>
public interface ILanguageDetector
{
    /// <summary>The language's English name ("French") when the text is confidently not English; null for English or when unsure.</summary>
    string? NonEnglishLanguageOf(string text);
}
