using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A boxer's death after a fight and the shutdown of the sport that followed: a purse, a record and a new chairman
/// asked for by a reader who never saw the rules.
/// </summary>
public sealed class BoxingShutdownCaseTests : IClassFixture<BoxingShutdownCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public BoxingShutdownCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how much was dunmore paid for the barta fight?" was answered by his unbeaten record and his weight, "168 pounds".</summary>
    [Fact]
    public async Task A_weight_in_pounds_is_no_purse()
    {
        var answer = await _corpus.AskAsync("how much was rolan paid for the vesk fight?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task What_a_fighter_was_paid_is_the_sum_the_promoter_paid_him()
    {
        var answer = await _corpus.AskAsync("how much was aron meli paid for his title defence?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("€40,000", answer.Text);
    }

    /// <summary>"how many pro fights had dunmore won before his last one?" was refused: "all 14 of his previous professional fights" counts them.</summary>
    [Fact]
    public async Task A_count_of_his_previous_fights_counts_fights()
    {
        var answer = await _corpus.AskAsync("how many pro fights had rolan won before his last one?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("all 12 of his previous professional fights", answer.Text);
    }

    /// <summary>"who took over from viktor hale at the boxing commission?" was refused: "His successor is Marta Quill" says who replaced him.</summary>
    [Theory]
    [InlineData("who replaced karl brun at the boxing commission?")]
    [InlineData("who took over from karl brun at the boxing commission?")]
    public async Task A_successor_replaced_the_one_before(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lena Vark", answer.Text);
    }

    /// <summary>"is tomas reyvik still in charge of sport in Maravia or has someone taken over?" was refused: "in charge" and "taken over" were words to find, and "quit as sports minister" says neither.</summary>
    [Theory]
    [InlineData("is karl brun still in charge of the boxing commission?")]
    [InlineData("is karl brun still in charge at the boxing commission or has someone taken over?")]
    public async Task Whoever_stood_down_is_no_longer_in_charge(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("No.", answer.Text);
    }

    /// <summary>
    /// "who was rafe dunmore fighting the night he collapsed" was answered by the minister who announced the shutdown:
    /// her sentence refers back to "collapsed after a fight", but names her for another deed.
    /// </summary>
    [Fact]
    public async Task Whom_a_boxer_was_fighting_is_his_opponent_in_the_bout()
    {
        var answer = await _corpus.AskAsync("who was tomas rolan fighting the night he collapsed");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ivo Vesk", answer.Text);
        Assert.DoesNotContain("Clara Dunn", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("boxing-halted.md", Articles.Markdown("Brennia halts professional boxing after Rolan's death", "2025-05-07",
                """
                Brennia has suspended all professional boxing for six months following the death of middleweight Tomas Rolan, who collapsed after a fight in Varn on Saturday. Sports Minister Clara Dunn announced the moratorium on Tuesday, saying no licensed event could take place until a medical review was complete.

                Rolan, 27, was stopped in the ninth round of his bout with Ivo Vesk at the Varn Arena on 3 May.

                Rolan had won all 12 of his previous professional fights and was ranked third in Brennia at 160 pounds.
                """));
            folder.Write("boxing-returns.md", Articles.Markdown("Professional boxing returns to Brennia under new rules", "2025-09-10",
                """
                Professional boxing will return in Brennia on 15 September, four months after it was halted following the death of Tomas Rolan.

                The Brennian Boxing Commission also has new leadership. Karl Brun stood down as chairman in July, saying the body needed "a fresh start". His successor is Lena Vark, a former international referee.
                """));
            folder.Write("meli-defends-title.md", Articles.Markdown("Meli keeps heavyweight title in Sorn", "2025-03-02",
                """
                Aron Meli kept his national heavyweight title with a points win in Sorn on Saturday.

                The promoter, Kade Sports, paid Meli €40,000 for the title defence, its largest purse of the year.
                """));
        }
    }
}
