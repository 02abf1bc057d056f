using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

/// <summary>
/// What a how-many or how-much question asks for, however it is worded: "How much longer will the ban last?" asks for a
/// length of time, as "How long…" does (it had been read as counting "longer"), and "how much it cost them" for an
/// amount, not a count of "it".
/// </summary>
public sealed class HowManyWordingTests
{
    [Theory]
    [InlineData("How long did Griner spend in Russia?")]
    [InlineData("How much longer will the ban last?")]
    [InlineData("how much longer is he out for")]
    [InlineData("How much time did Griner spend in Russia?")]
    [InlineData("and how much time had passed since the ban?")]
    public void A_question_about_how_long_asks_for_a_length_of_time(string question) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, "long"), QuestionKindReader.Read(question));

    [Theory]
    [InlineData("how much it cost them", "much")]
    [InlineData("how many they sent home", null)]
    [InlineData("How many players did they send home?", "players")]
    public void A_pronoun_after_how_many_is_not_what_is_counted(string question, string? counted) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, counted), QuestionKindReader.Read(question));

    [Theory]
    [InlineData("How many men's titles has Djokovic won?", "titles")]
    [InlineData("How many women’s events were cancelled?", "events")]
    [InlineData("How many Russia's athletes were cleared?", "athletes")]
    public void A_possessive_says_whose_not_what_is_counted(string question, string counted) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, counted), QuestionKindReader.Read(question));

    [Theory]
    [InlineData("How many after his comeback?")]
    [InlineData("and how many since?")]
    public void A_how_many_that_names_nothing_counts_nothing_of_its_own(string question) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, (string?)null), QuestionKindReader.Read(question));

    [Theory]
    [InlineData("how big was the grant that got scrapped", "grant")]
    [InlineData("How large is the club's debt?", "debt")]
    public void How_big_a_thing_was_asks_for_its_amount(string question, string thing) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, thing), QuestionKindReader.Read(question));

    [Fact]
    public void Big_in_how_big_is_no_word_of_the_matter()
    {
        var query = new QueryAnalyzer(new AliasTable()).Analyze("how big was the grant that got scrapped");

        Assert.DoesNotContain("big", query.Terms);
        Assert.Contains("grant", query.Terms);
    }
}
