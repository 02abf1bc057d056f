using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

/// <summary>A question names a sport by the sport, its people or its verb; a headline by the sport, its bodies or its competitions.</summary>
public sealed class SportTableTests
{
    private static readonly SportTable Sports = new();

    [Theory]
    [InlineData("swim", "FINA restricts transgender women in elite women's events", true)]
    [InlineData("swim", "World Athletics bars transgender women from the female category", false)]
    [InlineData("cricketers", "Australia pulls out of ODI series against Afghanistan", true)]
    [InlineData("golfer", "PGA Tour suspends players who joined LIV Golf", true)]
    [InlineData("sprinter", "World Athletics keeps Russia out", true)]
    [InlineData("football", "World Athletics keeps Russia out", false)]
    public void A_headline_is_about_the_sport_the_question_names(string questionWord, string headline, bool about)
    {
        var named = Sports.Named([questionWord]);

        Assert.Single(named);
        Assert.Equal(about, Sports.Headlines(named[0], headline));
    }

    [Fact]
    public void A_question_naming_no_sport_names_none() =>
        Assert.Empty(Sports.Named(["neutral", "athletes", "paris"]));
}
