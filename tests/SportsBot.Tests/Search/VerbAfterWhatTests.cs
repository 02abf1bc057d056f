using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

/// <summary>
/// "Which Russian players…" asks for people; "What did Athlete Voice say…" asks what a body called Athlete Voice
/// said. A verb between "what" and a word for people means the question is about someone's deed or words.
/// </summary>
public sealed class VerbAfterWhatTests
{
    [Theory]
    [InlineData("What did Athlete Voice say about the punishment?")]
    [InlineData("What has Players United said about the calendar?")]
    [InlineData("What will the Clubs Association do next?")]
    [InlineData("What can fencers do instead of a handshake?")]
    [InlineData("What must athletes sign before they compete?")]
    public void A_verb_after_what_asks_for_the_deed_not_for_people(string question) =>
        Assert.Equal(AskedFor.Open, QuestionKindReader.Read(question).Kind);

    [Theory]
    [InlineData("Which Russian players were banned?")]
    [InlineData("What athletes signed the letter?")]
    public void Words_describing_the_people_asked_for_still_ask_who(string question) =>
        Assert.Equal(AskedFor.Who, QuestionKindReader.Read(question).Kind);
}
