using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Tests.Answering;

/// <summary>The rules for what a sentence refers back to ("It…", "The decision…", a person described instead of named) and the paragraph it is read with, without a model or a store.</summary>
public sealed class SentenceReferenceRuleTests
{
    [Fact]
    public void A_sentence_opening_with_it_is_quoted_with_the_sentence_before()
    {
        var sentences = ArticleSentences.Read("The Court of Arbitration for Sport dismissed the appeals of the Russian clubs. It held that both bodies had acted within their powers.");

        Assert.Equal("The Court of Arbitration for Sport dismissed the appeals of the Russian clubs. It held that both bodies had acted within their powers.", sentences[1].WithAntecedent);
        Assert.Null(sentences[0].Antecedent);
    }

    [Fact]
    public void A_caption_kept_by_an_older_store_is_not_quoted()
    {
        var sentences = ArticleSentences.Read("The league blocked the sale of the club.\nPhoto: The club's stadium on a match day.\nThe owner said he would appeal.");

        Assert.Equal([true, false, true], sentences.Select(s => s.IsQuotable));
    }

    [Fact]
    public void A_paragraph_is_read_with_the_sentence_that_ends_the_one_before_it()
    {
        var sentences = ArticleSentences.Read(
            "The United States will send no officials to the Beijing Winter Olympics.\nPsaki said the administration would send no one to the Games because of human rights abuses.");

        Assert.Contains("Beijing Winter Olympics", sentences[1].Context, StringComparison.Ordinal);
        Assert.Equal(1, sentences[1].Paragraph);
    }

    [Fact]
    public void The_decision_points_back_to_the_latest_sentence_that_names_a_decision()
    {
        var sentences = ArticleSentences.Read(
            "UEFA met on Friday.\nIts decision to move the final to Paris was unanimous.\nThe stadium holds 80,000 people.\nThe decision was welcomed by the players' union.");

        Assert.Equal(1, sentences[3].AntecedentIndex);
        // "Its decision…" refers back in turn, so it comes with the sentence it refers to (ReferenceChainTests).
        Assert.Equal("UEFA met on Friday. Its decision to move the final to Paris was unanimous.", sentences[3].Antecedent);
    }

    [Fact]
    public void A_person_told_by_age_further_on_in_a_sentence_is_the_one_named_before_it()
    {
        var sentences = ArticleSentences.Read(
            "Referee Tomas Vesk was taken to hospital after the match.\nRovers midfielder Jannik Reinholt punched him twice.\nThe league's disciplinary panel suspended the 27-year-old for twelve months.");

        // "The league's…" names no league told of before it; the person is what it needs.
        Assert.Equal(1, sentences[2].AntecedentIndex);
    }

    [Fact]
    public void An_age_that_comes_with_the_name_refers_to_nobody_before()
    {
        var sentences = ArticleSentences.Read(
            "The referee was taken to hospital.\nOfficials suspended the 27-year-old midfielder Jannik Reinholt for twelve months.");

        Assert.Null(sentences[1].Antecedent);
    }

    [Theory]
    // "Earlier, as of 23 March 2023: The stance puts athletics at odds…" told the reader of a stance it never named.
    [InlineData("The stance puts athletics at odds with the IOC.")]
    [InlineData("All three of those countries had said they would refuse to play.")]
    [InlineData("The row comes two days after the draw.")]
    [InlineData("The decisions were taken at the same meeting.")]
    [InlineData("The two were swapped at an airport in Abu Dhabi.")]
    public void A_sentence_opening_on_a_stance_or_a_group_already_named_is_quoted_with_what_it_refers_to(string sentence)
    {
        var sentences = ArticleSentences.Read($"Ostland Athletics has kept its ban on Zembla's athletes.\n{sentence}");

        Assert.Equal("Ostland Athletics has kept its ban on Zembla's athletes.", sentences[1].Antecedent);
    }

    [Theory]
    [InlineData("The IOC Executive Board announced the decision on 8 December 2023.", true)]
    [InlineData("The IOC Executive Board took the decision to suspend the committee on 12 October 2023.", false)]
    public void A_sentence_dating_a_decision_points_back_to_the_decision(string sentence, bool refersBack)
    {
        var sentences = ArticleSentences.Read($"Neutral athletes may compete at the Games, the IOC has decided.\nThe rules are strict.\n{sentence}");

        Assert.Equal(refersBack ? "Neutral athletes may compete at the Games, the IOC has decided." : null, sentences[2].Antecedent);
    }

    [Theory]
    [InlineData("The Serbian beat Stefanos Tsitsipas in the final.", true)]
    [InlineData("The 31-year-old was sentenced on 4 August.", true)]
    [InlineData("The world number one flew out of Melbourne on a flight to Dubai.", true)]
    [InlineData("Then on 3 March Formula 1 ended its contract with the promoter.", true)]
    [InlineData("The Spanish federation met on Friday.", false)]
    [InlineData("The Russian Olympic Committee was suspended.", false)]
    public void A_person_described_instead_of_named_or_a_then_points_back_to_the_sentence_before(string sentence, bool refersBack)
    {
        var sentences = ArticleSentences.Read($"Novak Djokovic is the champion again.\n{sentence}");

        Assert.Equal(refersBack ? "Novak Djokovic is the champion again." : null, sentences[1].Antecedent);
    }
}
