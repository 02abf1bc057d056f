using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// What the keyword index holds of a story's text. A story in another language is found by an English question's
/// words too: its own words, then its reading through the glossary of its language ("Supercoppa … donne" also as
/// "Super Cup … women"), which the vectors of an English model do not bridge.
/// </summary>
internal static class KeywordText
{
    public static string Of(EnglishReadings readings, string language, string text) =>
        readings.Read(language, text) is var reading && reading == text ? text : $"{text}\n{reading}";
}
