namespace SportsBot.Core.Knowledge;

/// <summary>English names of the languages articles are written in, by their ISO 639-1 code (the front matter's <c>language</c>).</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Spanish", ["pt"] = "Portuguese", ["it"] = "Italian", ["fr"] = "French", ["de"] = "German",
        ["ru"] = "Russian", ["uk"] = "Ukrainian", ["be"] = "Belarusian", ["pl"] = "Polish", ["nl"] = "Dutch", ["cs"] = "Czech",
        ["sv"] = "Swedish", ["tr"] = "Turkish",
    };

    /// <summary>"French" for "fr"; the code itself for a language not listed.</summary>
    public static string Of(string code) => Names.GetValueOrDefault(code, code);

    public static bool IsEnglish(string code) => string.Equals(code, "en", StringComparison.OrdinalIgnoreCase);
}
