using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "How long did the Valdoria suspension last?" had been answered with "The decision was taken… on 13 February 2024
/// and announced the following day": "last" was found in "last autumn", and "the following day" passed for a length.
/// The length lasted is what the later report gives: "four months after it was imposed".
/// </summary>
public sealed class LengthLastedTests : IClassFixture<ValdoriaCorpus>
{
    private readonly ValdoriaCorpus _corpus;

    public LengthLastedTests(ValdoriaCorpus corpus) => _corpus = corpus;

    [Fact]
    public async Task How_long_something_lasted_is_answered_with_its_length()
    {
        var answer = await _corpus.AskAsync("How long did the Valdoria suspension last?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("four months after it was imposed", answer.Text);
        Assert.DoesNotContain("the following day", answer.Text);
    }

    [Theory]
    [InlineData("How long did the suspension last?", "last")]
    [InlineData("How long did the ban run?", "run")]
    [InlineData("How long was the ban?", null)]
    [InlineData("How long after the vote did the last team withdraw?", null)]
    public void The_verb_of_how_long_something_lasted_is_the_length_asked_for(string question, string? verb) =>
        Assert.Equal(verb, QuestionKindReader.LengthVerb(question));
}
