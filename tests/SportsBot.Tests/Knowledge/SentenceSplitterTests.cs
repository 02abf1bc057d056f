using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Knowledge;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Sentences_split_at_end_punctuation()
    {
        var sentences = SentenceSplitter.Split("The IOC met. It decided! Was it right? Critics said no.");

        Assert.Equal(["The IOC met.", "It decided!", "Was it right?", "Critics said no."], sentences);
    }

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("Mr. Bach met Viktor G. Lukashenko in St. Petersburg on Dec. 3 at 2.30pm. Then he left.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Mr. Bach met Viktor G. Lukashenko in St. Petersburg", sentences[0]);
    }

    [Fact]
    public void The_v_of_a_court_case_does_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("In the case of Semenya v. Switzerland, the judges found a violation. She welcomed it.");

        Assert.Equal(["In the case of Semenya v. Switzerland, the judges found a violation.", "She welcomed it."], sentences);
    }

    [Fact]
    public void The_c_of_a_french_court_case_does_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("La Grande Chambre a rendu son arrêt dans l'affaire Semenya c. Suisse. Elle a jugé que la Suisse avait violé ses droits.");

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("Semenya c. Suisse.", sentences[0]);
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        var sentences = SentenceSplitter.Split("He said: \"We hope sanctions will be lifted.\" The IOC disagreed.");

        Assert.Equal(["He said: \"We hope sanctions will be lifted.\"", "The IOC disagreed."], sentences);
    }
}
