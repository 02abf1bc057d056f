using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Which city…", "In which country…": the place answers the kind asked for, so the sentence naming it need not also
/// say "city" or "country"; and the deed asked about may be said in other words ("switched" to a country she now
/// "represents", a venue that "replaced" another is where a match is played "instead of" it).
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
    public async Task Asked_which_country_a_player_switched_to_the_answer_names_the_one_she_now_represents()
    {
        var answer = await AskAsync("Which country did Kasatkina switch to?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("represents Australia", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text);
    }

    [Fact]
    public async Task Asked_which_venue_replaced_another_the_answer_names_the_one_played_at_instead()
    {
        var answer = await AskAsync("Which venue replaced the Gazprom Arena?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Stade de France", answer.Text);
    }

    [Fact]
    public async Task Asked_in_which_country_an_incident_happened_the_answer_names_the_city()
    {
        var answer = await AskAsync("In which country was Kharlan's handshake incident?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Milan", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text);
    }
}
