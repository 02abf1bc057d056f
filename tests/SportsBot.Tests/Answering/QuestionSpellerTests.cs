using SportsBot.Core.Answering;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Answering;

/// <summary>A fan's slips are mended from the words of the stories found; real words and capitalised names are left as written.</summary>
public sealed class QuestionSpellerTests
{
    private static readonly QuestionSpeller Speller = new(
        new TermMatcher(new SnowballWordStemmer(), new AliasTable(), new ConceptTable(new SnowballWordStemmer())),
        new TokenizerVocabulary());

    private const string Story = "FIFA has banned Luis Rubiales for three years after he kissed Jenni Hermoso after the Women's World Cup final. Berg was not involved.";

    [Fact]
    public void Misspelt_names_and_words_are_mended_from_the_stories_found()
    {
        var mended = Speller.Correct("wat did fifa do 2 rubialis aftr the kis wit hermosso at the wrld cup final??", [Story]);

        Assert.Equal("wat did fifa do 2 rubiales after the kis wit hermoso at the world cup final??", mended);
    }

    [Theory]
    [InlineData("Why did she not greet her beaten rival?", "It was a great final and she beat her rival.")]
    [InlineData("Why was Borg banned?", Story)]
    [InlineData("why was rubiales banned", Story)]
    [InlineData("why wont the aussies play the afghans", "Australia won the toss against Afghanistan.")]
    [InlineData("Who refereed the final?", "The decision was reversed before the final.")]
    public void Real_words_capitalised_names_and_words_the_stories_use_are_left_as_written(string question, string story) =>
        Assert.Null(Speller.Correct(question, [story]));
}
