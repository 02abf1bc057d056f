using SportsBot.Core.Answering;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A government cancels a league's television deal and a court restores it, with a new minister in between: questions
/// a reader who never saw the rules got wrong on stories like these.
/// </summary>
public sealed class TelevisionRightsCaseTests : IClassFixture<TelevisionRightsCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public TelevisionRightsCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>
    /// "who is tarsia's communications minister now?" was read as naming "Communications Minister", which the stories
    /// only write capitalised, and answered with the older story's opening: no minister at all, then the one since replaced.
    /// </summary>
    [Theory]
    [InlineData("who is tarsia's communications minister now?")]
    [InlineData("Who is Tarsia's communications minister?")]
    public async Task Who_holds_an_office_now_is_answered_first_by_the_newest_story_naming_another_holder(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("court-restores-lumen-rights", answer.Citations[0].ArticleId);
        Assert.True(answer.Text.IndexOf("Sara Lind", StringComparison.Ordinal) is var now and >= 0 && now < FirstOr(answer.Text, "Brandt said"), answer.Text);
    }

    /// <summary>"what date was draal replaced as minister" was answered by "in a cabinet reshuffle in September".</summary>
    [Fact]
    public async Task What_date_asks_for_a_day_which_a_month_alone_does_not_give()
    {
        var answer = await _corpus.AskAsync("what date was brandt replaced as minister");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_deal_is_the_agreement_a_story_gives_the_worth_of()
    {
        var answer = await _corpus.AskAsync("how much was lumen's premier circuit deal worth");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("280 million", answer.Text);
    }

    /// <summary>"who chairs the Tarsian Media Authority" was refused: the story quotes "TMA chair Olaf Ren".</summary>
    [Fact]
    public async Task A_body_the_question_spells_out_is_named_by_the_initials_its_story_gives_it()
    {
        var answer = await _corpus.AskAsync("who chairs the tarsian media authority");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Olaf Ren", answer.Text);
    }

    [Fact]
    public async Task A_count_of_people_in_a_sentence_about_the_protest_counts_the_protesters()
    {
        var answer = await _corpus.AskAsync("how many protesters got detained");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("17 people", answer.Text);
    }

    [Fact]
    public async Task A_count_of_people_in_a_sentence_about_something_else_does_not_count_them()
    {
        var answer = await _corpus.AskAsync("how many journalists were hurt");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"who headed up the review" was refused: the story says it "will be led by Hana Kroll".</summary>
    [Fact]
    public async Task Whoever_a_matter_is_led_by_headed_it()
    {
        var answer = await _corpus.AskAsync("who headed up the review of the decree");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Hana Kroll", answer.Text);
    }

    [Fact]
    public void A_title_is_not_read_as_a_name_in_a_who_question_but_is_in_any_other()
    {
        string[] sources = ["Communications Minister Sara Lind said the government would not appeal."];

        Assert.Null(NameCasing.Restore("who is the communications minister", sources));
        Assert.Equal("did the Communications Minister appeal", NameCasing.Restore("did the communications minister appeal", sources));
    }

    [Theory]
    [InlineData("whos been named coach of Tarsia", "named")]
    [InlineData("who is tarsia's communications minister now?", "minister")]
    public void A_who_question_typed_without_apostrophe_or_ending_in_now_still_names_its_relation(string question, string relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(QuestionShorthand.Expand(question)));

    private static int FirstOr(string text, string phrase) => text.IndexOf(phrase, StringComparison.Ordinal) is var at and >= 0 ? at : int.MaxValue;

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("tarsia-cancels-lumen-deal.md", Articles.Markdown("Tarsia cancels Lumen's Premier Circuit television deal", "2025-07-10",
                """
                Tarsia's government has cancelled the Premier Circuit's television contract with Lumen Sports, citing the security risk posed by the broadcaster's foreign owner, and handed the coming season to the state channel TNT.

                A decree approved by the cabinet on Wednesday ends the four-year, €280 million agreement that Lumen signed with the circuit in 2024.

                Communications Minister Ivo Brandt said intelligence officials had raised concerns about Lumen's parent company. "Live national events cannot depend on a foreign owner," Brandt said.

                Lumen said it would ask the courts to annul the decree.
                """));
            folder.Write("court-restores-lumen-rights.md", Articles.Markdown("Court restores Lumen's Premier Circuit rights", "2025-10-14",
                """
                Tarsia's Supreme Court has annulled the government decree that stripped Lumen Sports of its Premier Circuit television rights, ruling that ministers produced no evidence of a security risk.

                Communications Minister Sara Lind, who replaced Ivo Brandt in a cabinet reshuffle in September, said the government would not appeal.

                The Tarsian Media Authority (TMA) had backed Lumen's licence throughout. "The licence was always in order," said TMA chair Olaf Ren.

                A review of how the decree was drafted will be led by Hana Kroll, a former judge.

                A protest by hundreds of fans outside the ministry when the decree was issued in July ended with 17 people detained.

                In a separate incident, two people were hurt when a stand collapsed at the circuit's opening race.
                """));
        }
    }
}
