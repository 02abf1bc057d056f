using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using static SportsBot.Tests.Answering.EvidenceRuleFixtures;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Who won, whatever the question calls them; what a thing is called now; who did a deed somebody else was kept from;
/// and whose people a count counts: one sentence at a time, without a model or a store.
/// </summary>
public sealed class WinnersNamesAndSidesRuleTests
{
    [Theory]
    [InlineData("Which pair won the women's title at the Port Hallow Beach Open?")]
    [InlineData("What crew has won the most regattas?")]
    public void A_which_question_with_a_win_verb_asks_who_won_whatever_its_noun(string question) =>
        Assert.Equal(AskedFor.Who, QuestionKindReader.Read(question).Kind);

    [Theory]
    [InlineData("What action took place at the Port Hallow Beach Open?")]
    [InlineData("What did Varga win at the Lakeside Games?")]
    public void A_what_question_that_asks_no_winner_keeps_its_own_kind(string question) =>
        Assert.NotEqual(AskedFor.Who, QuestionKindReader.Read(question).Kind);

    [Theory]
    [InlineData("The cup went to 31-year-old Jonas Brandvik, who beat June's champion Viktor Haldane in the final bout.", true)]
    [InlineData("One of them, the shooter Fehaid Al-Deehani, won gold in the double trap.", true)]
    [InlineData("The pair were fined 1,200 kestmarks each after their bronze-medal match.", false)]
    public void A_winner_is_named_beside_an_age_or_an_appositive(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, Context(asksForWinner: true) with { Relation = "won" }) is null);

    [Theory]
    [InlineData("Who most recently won the Brenholt City Cup?", "won")]
    [InlineData("Who finally signed the contract?", "signed")]
    public void A_time_word_before_the_deed_is_not_the_deed_asked_for(string question, string relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(question));

    [Theory]
    [InlineData("The venue will instead be called the Elise Rautner Track, after the Hollenfeld-born slider.", true)]
    [InlineData("The track is now called the Elise Rautner Track.", true)]
    [InlineData("The venue has hosted World Cup races since 1988.", false)]
    public void A_new_name_given_to_the_thing_by_the_word_for_its_kind_says_what_it_is_called(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.WhatIs, sentence, Context(subject: "Hollenfeld luge track")) is null);

    [Theory]
    [InlineData("The mayor, Ilona Varga, was refused permission to step onto the ring to hand over the city's trophy.", false)]
    [InlineData("The players were not allowed to hand over the petition.", false)]
    [InlineData("The association's vice-chairman, Gunnar Holt, presented the Brenholt City Cup to the tournament winner.", true)]
    public void A_deed_somebody_was_kept_from_doing_names_nobody_who_did_it(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, Context() with { Relation = "handed" }) is null);

    [Theory]
    [InlineData("Three Dravinian border guards were injured in the incident.", false)]
    [InlineData("Three Kesharian border guards were injured in the incident.", true)]
    [InlineData("Five Kesharia border guards were hurt.", true)]
    [InlineData("Three Dravinian and two Kesharian border guards were injured.", true)]
    [InlineData("Seven border guards were injured in the incident.", true)]
    public void A_count_of_people_described_by_a_name_is_not_another_sides_count(string sentence, bool answers)
    {
        var side = FactSpotter.SideOfTheCounted("How many Kesharian border guards were involved in the clash?", "guards");
        var context = Context() with { AskedWord = "guards", AskedStem = Matcher.StemOf("guards"), CountedSide = side };

        Assert.Equal("Kesharian", side);
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.HowMany, sentence, context) is null);
    }

    [Fact]
    public void A_count_the_question_describes_by_no_name_has_no_side() =>
        Assert.Null(FactSpotter.SideOfTheCounted("How many border guards were involved in the clash?", "guards"));

    [Theory]
    [InlineData("It staged the 2019 tournament and won it, beating Peru 3-1 in the final.", false)]
    [InlineData("Brazil will stage the 2021 tournament instead of Argentina.", true)]
    [InlineData("He is defending the title he won at Tokyo 2020.", true)]
    public void A_sentence_telling_of_another_years_edition_is_of_that_year_whatever_its_headline_says(string sentence, bool about) =>
        Assert.Equal(about, AskedYears.About([2021], sentence, "2021 Copa America moves to Brazil", new DateOnly(2021, 5, 31), askedAsPast: true));
}
