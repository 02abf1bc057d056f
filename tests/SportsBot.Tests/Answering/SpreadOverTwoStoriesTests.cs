using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A question may link two stories: "Was Anna Berg banned from the Lakeside Games?" when one story tells her ban and
/// the other that the Games opened without the champion who is still banned, both naming her coach. Neither names all
/// the question names, but together they do: the question is answered from both, quoting each, or not at all. Two
/// stories that name nobody in common tell two matters, and do not answer together, unless the question asks about
/// the two side by side.
/// </summary>
public sealed class SpreadOverTwoStoriesTests : IClassFixture<SpreadOverTwoStoriesTests.Corpus>
{
    private readonly Corpus _corpus;

    public SpreadOverTwoStoriesTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_question_two_stories_answer_together_quotes_both()
    {
        var answer = await _corpus.AskAsync("Was Anna Berg banned from the Lakeside Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Anna Berg was banned for two years", answer.Text);
        Assert.Contains("Lakeside Games opened on 5 January 2025", answer.Text);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Fact]
    public async Task A_question_only_one_of_the_two_stories_answers_is_not_covered()
    {
        var answer = await _corpus.AskAsync("How many medals did Anna Berg win at the Lakeside Games?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Two_stories_that_name_nobody_in_common_do_not_answer_together()
    {
        var answer = await _corpus.AskAsync("Was Anna Berg banned from the Zembla Open?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_question_asking_about_two_matters_side_by_side_is_answered_from_the_story_of_each()
    {
        // The two stories name nobody in common, but the question joins what each names with "and": it asks about both.
        var answer = await _corpus.AskAsync("Were Anna Berg and the Zembla Open players banned?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Anna Berg was banned for two years", answer.Text);
        Assert.Contains("Two players were banned from the Zembla Open", answer.Text);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Fact]
    public async Task A_story_that_names_everything_in_passing_does_not_stand_in_for_the_two_that_answer()
    {
        // "The week ahead in Harbour" names Anna Berg and the Zembla Open and answers nothing, yet because it named them
        // all, the two stories that answer between them were never read together and the question was refused.
        var answer = await _corpus.AskAsync("Were Anna Berg and the Zembla Open players banned?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal(["Berg banned for two years over missed tests", "Zembla Open bans two players over betting"], answer.Citations.Select(c => c.Title).Order());
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("berg-banned.md", Articles.Markdown("Berg banned for two years over missed tests", "2024-03-01",
                """
                Harbour speed skater Anna Berg was banned for two years on 1 March 2024 by the Harbour Skating Union after missing three doping tests in twelve months.

                The ban runs until 28 February 2026. Her coach, Lars Holm, said she would appeal to the Court of Arbitration for Sport.
                """));
            folder.Write("lakeside-games-open.md", Articles.Markdown("Lakeside Games open without their 2022 champion", "2025-01-06",
                """
                The Lakeside Games opened on 5 January 2025 without the women's 1,000 metres champion of 2022, who is still banned.

                Harbour sent 40 athletes to the Games, which run until 19 January. Lars Holm, her coach, is there with the Harbour team.
                """));
            folder.Write("zembla-open-bans.md", Articles.Markdown("Zembla Open bans two players over betting", "2024-09-02",
                """
                Two players were banned from the Zembla Open on 1 September 2024 after they were found to have bet on their own matches.

                The tournament director, Eva Strand, said the bans were for life.
                """));
            folder.Write("harbour-week-ahead.md", Articles.Markdown("The week ahead in Harbour", "2024-09-20",
                """
                Tickets for the Zembla Open went on sale, a mural of Anna Berg was unveiled at the old rink, and the ferry timetable changes on Monday.
                """));
            folder.Write("skating-union-president.md", Articles.Markdown("Harbour Skating Union elects new president", "2024-06-10",
                """
                The Harbour Skating Union elected Tomas Vik as its president on 9 June 2024. Vik, a former coach, takes over from Lise Dahl, who led the union for eight years.
                """));
        }
    }
}
