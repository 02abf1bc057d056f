using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A question's word said only inside the name of an event or a body ("athletes" in "the Zembla Athletics Championships")
/// names that event: it does not say what the question asks about it, unless the question names that body too.
/// </summary>
public sealed class WordInAnotherNameTests : IClassFixture<WordInAnotherNameTests.Corpus>
{
    private readonly Corpus _corpus;

    public WordInAnotherNameTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_story_that_names_the_sport_only_in_an_events_name_does_not_answer_what_its_athletes_did()
    {
        var answer = await _corpus.AskAsync("Did Ostland's athletes refuse to travel?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_same_story_still_answers_what_it_says_in_its_own_words()
    {
        var answer = await _corpus.AskAsync("Will visitors from Ostland travel by train?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("airport is closed", answer.Text);
    }

    [Fact]
    public async Task A_body_the_question_names_in_its_own_words_is_said_by_its_name()
    {
        var answer = await _corpus.AskAsync("Is Zembla's athletics federation suspended?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("was suspended", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-athletics-federation-suspended.md", Articles.Markdown("Zembla's athletics federation suspended", "2024-05-04",
                """
                The Zembla Athletics Federation was suspended by the Ostland Sports Council on 3 May over unpaid fees.

                The council said the country's athletics federation could appeal within 21 days.
                """));
            folder.Write("vell-boxing-championships.md", Articles.Markdown("Vell to host the Zembla Athletics Championships", "2024-07-01",
                """
                Vell will host the championships from 10 to 14 July, the city council said on Monday.

                Visitors from twelve countries, including Ostland, are expected to travel by train to the Zembla Athletics Championships because the airport is closed for repairs.
                """));
        }
    }
}
