using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What did Varga win at the Lakeside Games after the handshake row?" ties one event to another: each is another
/// story's, so the answer tells both, each dated, not only the story that ranked first. A question that ties nothing
/// together is not padded with another story.
/// </summary>
public sealed class LinkedEventsTests : IClassFixture<LinkedEventsTests.Corpus>
{
    private readonly Corpus _corpus;

    public LinkedEventsTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("What did Varga win at the Lakeside Games after the handshake row?", true)]
    [InlineData("Did the FIE vote before or after the IOC's recommendations?", true)]
    [InlineData("Why were there no Russian sprinters even though the IOC allowed neutrals?", true)]
    [InlineData("Who was disqualified for refusing a handshake, and what did she win?", true)]
    [InlineData("What did Varga win at the Lakeside Games?", false)]
    [InlineData("Where was the final played?", false)]
    public void A_question_ties_two_events_by_time_or_contrast(string question, bool links) =>
        Assert.Equal(links, QuestionClauses.LinksTwoEvents(question));

    [Fact]
    public async Task A_question_tying_two_events_is_answered_from_the_story_of_each()
    {
        var answer = await _corpus.AskAsync("What did Varga win at the Lakeside Games after the handshake row?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains(answer.Citations, c => c.ArticleId == "varga-wins-lakeside-2024-08");
        Assert.Contains(answer.Citations, c => c.ArticleId == "varga-handshake-row-2023-07");
    }

    [Fact]
    public async Task A_second_question_about_her_is_answered_from_a_story_that_does_not_name_the_first_ones_place()
    {
        // "she" carried every name of the first question over, Ostrava too, and the story of the Games does not name
        // Ostrava: the second question went unanswered.
        var answer = await _corpus.AskAsync("How many world titles did Varga have when she was disqualified in Ostrava, and what did she win at the Lakeside Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("three-time world champion", answer.Text);
        Assert.Contains("won the gold medal", answer.Text);
    }

    [Fact]
    public async Task A_question_about_one_event_is_answered_from_its_story_alone()
    {
        var answer = await _corpus.AskAsync("What did Varga win at the Lakeside Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Single(answer.Citations);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("varga-handshake-row-2023-07.md", Articles.Markdown("Varga disqualified after handshake row", "2023-07-20",
                """
                The Ostrian fencer Lia Varga was disqualified from the Ostrava Open on 19 July 2023 after she refused to shake hands with her Zemblan opponent, Mara Holt.

                Varga, a three-time world champion, had beaten Holt 15-9. The federation later said she would keep her place for the Lakeside Games.
                """));
            folder.Write("varga-wins-lakeside-2024-08.md", Articles.Markdown("Varga takes gold at the Lakeside Games", "2024-08-02",
                """
                Lia Varga won the gold medal in the sabre at the Lakeside Games on 1 August 2024, beating Eva Lind 15-12 in the final.

                It was her first title at the Games. Varga dedicated the win to her coach.
                """, source: "Harbour Daily"));
        }
    }
}
