using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>A short English question full of names is English; a question in another language is named as such.</summary>
public sealed class LanguageDetectorTests
{
    private static readonly LinguaLanguageDetector Detector = new();

    [Theory]
    [InlineData("Who is Paul Whelan?")]
    [InlineData("Who replaced Rubiales as RFEF president?")]
    [InlineData("Where was Rubiales born?")]
    [InlineData("Can Belarusian athletes compete at Paris 2024?")]
    [InlineData("Did Semenya win her case?")]
    [InlineData("is the russian olympic committee still banned")]
    [InlineData("is the ioc being fair to russia")]
    [InlineData("Was Rubiales banned by the IOC?")]
    [InlineData("Will Medvedev play in the final?")]
    [InlineData("Will Ellenmark's athletes be allowed to compete as neutrals in Kovgrad?")]
    [InlineData("Is Rubiales still RFEF president?")]
    [InlineData("Is Valieva banned now?")]
    [InlineData("What's the latest on Kharlan?")]
    [InlineData("Who's in charge at the RFEF?")]
    [InlineData("Any news on Kasatkina?")]
    [InlineData("Tell me about Kasatkina")]
    [InlineData("Is NPC Belarus suspended?")]
    [InlineData("Which rider won the 2025 Vuelta a España overall?")]
    [InlineData("Did Müller sign for Kraków?")]
    public void An_english_question_that_opens_with_a_question_word_or_an_auxiliary_is_english_whatever_names_follow(string question) =>
        Assert.Null(Detector.NonEnglishLanguageOf(question));

    [Theory]
    [InlineData("Kharlan won which medals at Paris 2024?")]
    public void A_question_that_asks_in_place_with_an_english_question_word_is_english(string question) =>
        Assert.Null(Detector.NonEnglishLanguageOf(question));

    [Theory]
    [InlineData("Welche Strafe verhängte die FIFA gegen Luis Rubiales?", "German")]
    [InlineData("Perché la Danimarca ha giocato i Mondiali in Qatar con maglie quasi senza stemma?", "Italian")]
    [InlineData("Is het Russische Olympisch Comité nog steeds geschorst?", "Dutch")]
    public void A_question_in_another_language_is_named_by_its_language(string question, string language) =>
        Assert.Equal(language, Detector.NonEnglishLanguageOf(question));

    /// <summary>Russian and Ukrainian share most trigrams of a short question full of names; their question words and a few letters tell them apart.</summary>
    [Theory]
    [InlineData("Кто купил «Ньюкасл Юнайтед»?", "Russian")]
    [InlineData("Хто купив «Ньюкасл Юнайтед»?", "Ukrainian")]
    [InlineData("Это правда, что сборная Ирана не пела гимн?", "Russian")]
    [InlineData("Збірна Ірану співала гімн?", "Ukrainian")]
    public void A_short_russian_or_ukrainian_question_is_told_apart_by_its_words_and_letters(string question, string language) =>
        Assert.Equal(language, Detector.NonEnglishLanguageOf(question));

    /// <summary>Names mislead the model on a short question; a question word no English question opens with names the language.</summary>
    [Theory]
    [InlineData("Qui a acheté Newcastle United ?", "French")]
    [InlineData("Quand la FIFA a-t-elle suspendu la Russie ?", "French")]
    [InlineData("Wer kaufte Newcastle United?", "German")]
    [InlineData("¿Quién compró el Newcastle United?", "Spanish")]
    public void A_question_word_of_another_language_names_it_among_names(string question, string language) =>
        Assert.Equal(language, Detector.NonEnglishLanguageOf(question));
}
