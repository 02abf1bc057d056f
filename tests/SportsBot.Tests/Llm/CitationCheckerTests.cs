using SportsBot.Core.Answering;

namespace SportsBot.Tests.Llm;

public sealed class CitationCheckerTests
{
    [Theory]
    [InlineData("Neutral athletes may compete [1].", 3, "Neutral athletes may compete [1].")]
    [InlineData("Neutral athletes may compete [1] [7].", 3, "Neutral athletes may compete [1].")]
    [InlineData("They may compete [1, 3]. Not in teams [3].", 3, "They may compete [1][2]. Not in teams [2].")]
    [InlineData("They may compete [Source 2].", 3, "They may compete [1].")]
    [InlineData("They may compete [1-3].", 2, "They may compete [1][2].")]
    [InlineData("They may compete [0] and more [12].", 3, "They may compete and more.")]
    public void Markers_name_only_sources_that_were_sent_and_are_numbered_as_listed(string reply, int sent, string expected)
    {
        Assert.Equal(expected, CitationChecker.Check(reply, sent).Text);
    }

    [Fact]
    public void Removed_markers_are_counted_and_only_valid_sources_are_cited()
    {
        var result = CitationChecker.Check("A [2]. B [9]. C [2, 8].", 3);

        Assert.Equal([2], result.Cited);
        Assert.Equal(2, result.Removed);
    }

    [Theory]
    [InlineData("My sources don't cover that.")]
    [InlineData("My sources don’t cover that.")]
    [InlineData("Sorry — the sources do not cover who won in 2030.")]
    [InlineData("My sources don't cover that. [1]")]
    public void A_reply_saying_the_sources_do_not_cover_it_is_recognised(string reply)
    {
        var result = CitationChecker.Check(reply, 3);

        Assert.True(result.SaysNotCovered);
    }

    [Fact]
    public void A_partial_answer_that_names_a_gap_but_cites_a_source_is_kept()
    {
        var result = CitationChecker.Check("My sources don't cover the 2030 draw, but as of 2022 hosts were chosen [1].", 3);

        Assert.False(result.SaysNotCovered);
        Assert.Equal([1], result.Cited);
    }

    [Theory]
    [InlineData("[1]", false)]
    [InlineData("… [1][2]", false)]
    [InlineData("Yes [1].", true)]
    [InlineData("They may [1].", true)]
    public void A_reply_of_markers_and_symbols_alone_has_no_words_but_a_short_answer_does(string reply, bool hasWords)
    {
        Assert.Equal(hasWords, CitationChecker.HasWords(reply));
    }
}
