using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

public sealed class AliasTableTests
{
    private readonly AliasTable _aliases = new();

    [Theory]
    [InlineData("What did the IOC decide?", "International Olympic Committee")]
    [InlineData("Where is the ECtHR?", "European Court of Human Rights")]
    [InlineData("Is the Russian Olympic Committee suspended?", "ROC")]
    [InlineData("Who are the AIN athletes?", "Individual Neutral Athletes")]
    [InlineData("What did the NOCRB say?", "National Olympic Committee of the Republic of Belarus")]
    [InlineData("Did WADA act?", "World Anti-Doping Agency")]
    [InlineData("why wont the aussie one-day side face the afghans", "Australia")]
    [InlineData("why wont the aussie one-day side face the afghans", "Afghanistan")]
    [InlineData("Why did the Iranian players stay silent?", "Iran")]
    [InlineData("Who was the Thai judge in the case?", "Thailand")]
    [InlineData("Why did the Colombian government object?", "Colombia")]
    [InlineData("Was the Bahraini federation involved?", "Bahrain")]
    public void A_name_expands_to_its_other_forms(string question, string expected)
    {
        Assert.Contains(expected, _aliases.Expand(question));
    }

    [Fact]
    public void Abbreviations_match_whole_words_only()
    {
        Assert.DoesNotContain("International Olympic Committee", _aliases.Expand("Tell me about bioconversion"));
    }
}
