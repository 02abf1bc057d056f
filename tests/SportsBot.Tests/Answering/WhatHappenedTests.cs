using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What happened to the Russian Olympic Committee in October 2023?" was answered from a December recap ("remains
/// suspended since October 2023") with its background sentence first, not from the October story that reports the
/// suspension. "What happened" asks about the past, and a question that asks only about its names asks for the news
/// about them, which a story gives in its opening.
/// </summary>
public sealed class WhatHappenedTests : IClassFixture<WhatHappenedTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhatHappenedTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_happened_in_a_month_is_answered_from_that_months_story()
    {
        var answer = await _corpus.AskAsync("What happened to the Zembla Olympic Committee in October 2023?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("zoc-suspended-2023-10", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task What_happened_is_answered_with_the_news_the_story_opens_with()
    {
        var answer = await _corpus.AskAsync("What happened to the Zembla Olympic Committee in October 2023?");

        var lead = answer.Parts[0].Text;
        Assert.Contains("has suspended the Zembla Olympic Committee", lead);
    }

    /// <summary>"What did the IOC decide in December 2023?" had led with "The IOC Executive Board announced the decision on 8 December 2023." alone: the decision is what the story said before it.</summary>
    [Fact]
    public async Task A_sentence_dating_a_decision_is_quoted_with_the_decision()
    {
        var answer = await _corpus.AskAsync("What did the Zembla Fencing Union decide in May 2024?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("will not be allowed", answer.Parts.First(p => p.Role == AnswerRole.Lead).Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zoc-suspended-2023-10.md", Articles.Markdown("Nordic Olympic Council suspends Zembla's committee", "2023-10-12",
                """
                The Nordic Olympic Council has suspended the Zembla Olympic Committee with immediate effect and until further notice.

                The council's board took the decision on 12 October 2023. It said the Zembla Olympic Committee had taken in the sports clubs of two Ostland provinces as its own members, which breaks the council's charter.

                In July 2023, when the council sent invitations to national Olympic committees for the Harbour Games, neither Zembla nor its neighbour Ostmark received one, a decision the Zembla Olympic Committee called unjust in October 2023.
                """));
            folder.Write("zembla-neutrals-harbour-games-2023-12.md", Articles.Markdown("Zemblan athletes may compete as neutrals at the Harbour Games", "2023-12-08",
                """
                Athletes from Zembla who qualify may compete at the Harbour Games as neutral athletes, the Nordic Olympic Council decided on 8 December 2023.

                They will compete without Zembla's flag or anthem. The Zembla Olympic Committee itself remains suspended by the council since October 2023.
                """));
            folder.Write("zembla-fencing-union-bars-ostland-2024-05.md", Articles.Markdown("Ostland fencers barred from Zembla events", "2024-05-04",
                """
                Fencers from Ostland will not be allowed at Zembla Fencing Union events this season, after a vote of its member clubs.

                The Zembla Fencing Union announced the decision on 3 May 2024. The ban will be reviewed in December.
                """));
        }
    }
}
