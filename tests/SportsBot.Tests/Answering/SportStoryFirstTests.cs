using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What did swimming's world body decide about trans athletes?" was answered from an athletics story's passing
/// line ("Swimming's governing body… adopted a similar rule"), which retrieval ranked first, instead of the
/// swimming story that reports the decision. For a question about the past, a story about the sport it names leads.
/// </summary>
public sealed class SportStoryFirstTests : IClassFixture<SportStoryFirstTests.Corpus>
{
    private readonly Corpus _corpus;

    public SportStoryFirstTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_story_about_the_asked_sport_leads_before_a_passing_mention()
    {
        var answer = await _corpus.AskAsync("What did swimming's governing body in Zembla decide about transgender athletes?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("zembla-aquatics-policy-2023-06", answer.Citations[0].ArticleId);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-athletics-transgender-2024-03.md", Articles.Markdown("Zembla Athletics decides to bar transgender athletes from women's events", "2024-03-23",
                """
                Transgender athletes who have gone through male puberty will no longer be allowed to compete in women's events in Zembla, Zembla Athletics decided on 23 March 2024.

                The federation's president, Ana Vell, said the decision was taken to protect the women's category, and that the federation would review it in a year.

                Transgender athletes' groups criticised the decision, saying it excluded athletes without evidence.

                Swimming's governing body in Zembla, Zembla Aquatics, adopted a similar rule in June 2023.
                """));
            folder.Write("zembla-aquatics-policy-2023-06.md", Articles.Markdown("Zembla Aquatics restricts transgender women in its women's events", "2023-06-19",
                """
                Zembla Aquatics has adopted a new eligibility policy that keeps most transgender women out of its women's events, and says it will work towards an open category.

                The policy was put to the federation's congress in Port Vell on 19 June 2023.
                """));
        }
    }
}
