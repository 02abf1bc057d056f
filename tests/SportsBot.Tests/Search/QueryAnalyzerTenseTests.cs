using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

public sealed class QueryAnalyzerTenseTests
{
    private readonly QueryAnalyzer _analyzer = new(new AliasTable());

    [Theory]
    [InlineData("Where was the 2022 Champions League final moved to?")]
    [InlineData("Which officials did the IOC exclude in December 2020?")]
    public void A_past_tense_question_is_about_the_past(string question)
    {
        var query = _analyzer.Analyze(question);

        Assert.True(query.AboutThePast);
        Assert.False(query.AboutThePresent);
    }

    [Theory]
    [InlineData("When did Wimbledon let Russians back?", true)]
    [InlineData("When was the ban on Russian fencers lifted?", true)]
    [InlineData("Were Russian clubs readmitted to UEFA competitions?", true)]
    [InlineData("Back in January 2022, did Djokovic get to play the Australian Open?", false)]
    [InlineData("When did Wimbledon ban Russian players?", false)]
    public void A_question_about_an_undoing_asks_about_the_later_position_though_it_asks_in_the_past(string question, bool aReturn) =>
        Assert.Equal(aReturn, _analyzer.Analyze(question).AsksAboutAReturn);

    /// <summary>"when is the first race in port selden happening now" was read as about neither time: "first" made it past.</summary>
    [Theory]
    [InlineData("when is the first race in port selden happening now", true)]
    [InlineData("When was the ban first imposed?", false)]
    public void First_before_its_noun_says_which_one_and_nothing_of_the_past(string question, bool present) =>
        Assert.Equal(present, _analyzer.Analyze(question).AboutThePresent);

    [Fact]
    public void Still_keeps_a_question_in_the_present_next_to_a_past_tense()
    {
        var query = _analyzer.Analyze("Is the Russian Olympic Committee still suspended, or did its appeal succeed?");

        Assert.False(query.AboutThePast);
    }

    [Fact]
    public void Still_after_but_concedes_and_says_nothing_of_now()
    {
        var conceding = _analyzer.Analyze("Which governments snubbed the Winter Games but still let their athletes go?");
        var now = _analyzer.Analyze("Which governments snubbed the Winter Games and still let their athletes go?");

        Assert.False(conceding.AboutThePresent);
        Assert.True(now.AboutThePresent);
    }

    [Theory]
    [InlineData("Is Norvenia still boycotting the Games?", true)]
    [InlineData("Can Brask compete for Corvalia now?", true)]
    [InlineData("Will Serovians have to skate as Independent Skaters?", true)]
    [InlineData("Who is the player who flew the drone?", false)]
    [InlineData("What are the conditions of the ban?", false)]
    public void Still_now_can_and_will_ask_what_holds_now_where_a_bare_is_only_speaks_in_the_present(string question, bool holdsNow) =>
        Assert.Equal(holdsNow, _analyzer.Analyze(question).AsksWhatHoldsNow);

    [Fact]
    public void A_can_question_is_about_the_present()
    {
        var query = _analyzer.Analyze("Can Belarusian athletes compete at Paris 2024?");

        Assert.True(query.AboutThePresent);
        Assert.False(query.AboutThePast);
    }

    [Fact]
    public void Chat_shorthand_is_read_as_the_words_it_stands_for()
    {
        var query = _analyzer.Analyze("what did amnesty have to say abt the newcastle buyout");
        var now = _analyzer.Analyze("are russian skaters banned rn");

        Assert.Equal(["amnesty", "newcastle", "buyout"], query.Terms);
        Assert.True(now.AboutThePresent);
        Assert.DoesNotContain("rn", now.Terms);
    }

    [Fact]
    public void Chat_spellings_of_small_words_are_not_what_the_question_is_about()
    {
        var query = _analyzer.Analyze("wat did fifa do wit rubiales tho");

        Assert.Equal(["fifa", "rubiales"], query.Terms);
    }
}
