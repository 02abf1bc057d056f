using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Which city…", "In which country…": the place answers the kind asked for, so the sentence naming it need not also
/// say "city" or "country".
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class PlaceKindTests(BundledKnowledgeFixture fixture)
{
    private async Task<Answer> AskAsync(string question) =>
        (await fixture.Host.Get<AnswerService>().AskAsync(question, CancellationToken.None)).Answer;

    [Fact]
    public async Task Asked_which_city_took_over_a_final_the_answer_comes_from_the_story_that_moved_it()
    {
        var answer = await AskAsync("Which city took over the Champions League final?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("ucl-final-moved-to-paris-2022-02", answer.Citations[0].ArticleId);
        Assert.Contains("Paris", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text + answer.Parts.FirstOrDefault(p => p.Role == AnswerRole.Supporting)?.Text);
    }

    [Fact]
    public async Task Asked_in_which_country_an_incident_happened_the_answer_names_the_city()
    {
        var answer = await AskAsync("In which country was Kharlan's handshake incident?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Milan", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text);
    }
}
