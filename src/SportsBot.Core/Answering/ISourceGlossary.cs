namespace SportsBot.Core.Answering;

/// <summary>
/// Reads a source written in another language word by word into English, so that the answer rules can judge its
/// sentences (the answer still quotes them as written).
/// </summary>
public interface ISourceGlossary
{
    /// <summary>The text in English words, or null when there is no glossary for <paramref name="language"/> (an ISO 639-1 code such as "it").</summary>
    string? ToEnglishWords(string text, string language);
}
