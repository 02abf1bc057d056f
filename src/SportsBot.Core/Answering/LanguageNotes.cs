namespace SportsBot.Core.Answering;

/// <summary>What the bot tells an asker who wrote in another language: how it read the question, or that it could not.</summary>
public static class LanguageNotes
{
    /// <summary>No glossary or model read the question: it was matched by its names.</summary>
    public static AnswerPart MatchedByNames(string language) =>
        new(AnswerRole.Note, $"I read questions in English, and yours looks like {language}, so I matched the names in it. What my sources say about them:", []);

    /// <summary>A translation may be rough (word by word through a glossary when no model is configured): the asker sees what was answered.</summary>
    public static AnswerPart ReadAs(string language, string english) =>
        new(AnswerRole.Note, $"I read questions in English, and yours looks like {language}; I read it as \"{english}\" What my sources say:", []);

    public static string AskInEnglish(string language) => $"I read questions in English, and yours looks like {language}. Please ask it in English.";
}
