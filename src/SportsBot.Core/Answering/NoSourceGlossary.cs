namespace SportsBot.Core.Answering;

/// <summary>Without glossaries a source in another language is judged as written (its names still match).</summary>
public sealed class NoSourceGlossary : ISourceGlossary
{
    public string? ToEnglishWords(string text, string language) => null;
}
