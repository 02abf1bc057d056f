using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

/// <summary>"How much longer will the ban last?" asks for a length of time, as "How long…" does; it had been read as counting "longer".</summary>
public sealed class HowLongQuestionTests
{
    [Theory]
    [InlineData("How long did Griner spend in Russia?")]
    [InlineData("How much longer will the ban last?")]
    [InlineData("how much longer is he out for")]
    public void A_question_about_how_long_asks_for_a_length_of_time(string question) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, "long"), QuestionKindReader.Read(question));
}
