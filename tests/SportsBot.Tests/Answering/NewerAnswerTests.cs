using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// An older answer is not passed off as current: when retrieval ranks an older story first and a newer one answers
/// about as well, the newer one follows as what came later. "Will Russia host a Formula 1 race again?" had been
/// answered only with the 2022 race called off, not with the promoter's contract ended a week later. A question about
/// the past is answered by its own time and not padded with what came after.
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class NewerAnswerTests(BundledKnowledgeFixture fixture)
{
    [Fact]
    public async Task A_newer_story_that_answers_as_well_follows_an_older_lead_as_what_came_later()
    {
        var answer = await AskAsync("Will Russia host a Formula 1 race again?");

        Assert.True(answer.Known, answer.Text);
        var later = Assert.Single(answer.Parts, p => p.Role == AnswerRole.Later);
        Assert.StartsWith("Later, as of 5 March 2022", later.Text);
        Assert.Contains("will not host a race in the future", later.Text);
        Assert.DoesNotContain("My newest source", answer.Text);
    }

    [Fact]
    public async Task A_question_about_the_past_is_not_followed_by_what_came_later()
    {
        var answer = await AskAsync("Why did the United States pull its athletes out of the Beijing 2022 Olympics?");

        Assert.DoesNotContain(answer.Parts, p => p.Role == AnswerRole.Later);
    }

    private async Task<Answer> AskAsync(string question) =>
        (await fixture.Host.Get<AnswerService>().AskAsync(question, CancellationToken.None)).Answer;
}
