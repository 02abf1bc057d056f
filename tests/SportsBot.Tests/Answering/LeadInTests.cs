using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Answering;

/// <summary>How a quoted sentence is introduced: each claim dated once, in plain English.</summary>
public sealed class LeadInTests
{
    private static Article Published(DateOnly? date, string body = "", string source = "Test Gazette", string language = "en") =>
        new(new ArticleId("a"), "Title", null, source, date, DateTimeOffset.UnixEpoch, "test", language, body, "hash", "test", null);

    [Fact]
    public void A_sentence_from_a_source_in_another_language_is_quoted_as_written_after_its_date_and_language()
    {
        const string Sentence = "Elle a jugé que la Suisse avait violé le droit à un procès équitable.";

        Assert.Equal($"As of 10 July 2025, in French: {Sentence}", LeadIn.Current(Published(new DateOnly(2025, 7, 10), language: "fr"), Sentence));
        Assert.Equal($"Earlier, as of 10 July 2025, in French: {Sentence}", LeadIn.Earlier(Published(new DateOnly(2025, 7, 10), language: "fr"), Sentence));
        Assert.Equal($"According to an undated article in French from Test Gazette: {Sentence}", LeadIn.Current(Published(null, language: "fr"), Sentence));
    }

    [Fact]
    public void A_sentence_is_dated_as_of_its_source_and_a_common_first_word_is_lowered()
    {
        var text = LeadIn.Current(Published(new DateOnly(2022, 2, 28)), "Four days after the invasion, FIFA and UEFA suspended Russian teams.");

        Assert.Equal("As of 28 February 2022, four days after the invasion, FIFA and UEFA suspended Russian teams.", text);
    }

    [Theory]
    [InlineData("Denmark will play in shirts with almost invisible badges.", "As of 28 September 2022, Denmark will play in shirts with almost invisible badges.")]
    [InlineData("However, the kits were approved.", "As of 28 September 2022, however, the kits were approved.")]
    [InlineData("Officials rejected the claims.", "As of 28 September 2022, officials rejected the claims.")]
    public void A_word_that_opens_several_sentences_and_is_never_written_in_lower_case_is_a_name(string sentence, string expected)
    {
        // "As of 28 September 2022, denmark will play…": the article names Denmark only where sentences begin.
        const string Body = "Denmark will play in shirts with almost invisible badges. However, the kits were approved. Officials rejected the claims. Denmark have been drawn in Group D. However, the draw was kind.";

        Assert.Equal(expected, LeadIn.Current(Published(new DateOnly(2022, 9, 28), Body), sentence));
    }

    [Theory]
    [InlineData("Ostland's Prime Minister Ada Vell said no officials would attend.", "As of 9 December 2021, Ostland's Prime Minister Ada Vell said no officials would attend.")]
    [InlineData("Swimming's governing body adopted a similar rule.", "As of 9 December 2021, swimming's governing body adopted a similar rule.")]
    [InlineData("Ostland's fencing team arrived on Sunday.", "As of 9 December 2021, Ostland's fencing team arrived on Sunday.")]
    [InlineData("Women's football has grown since then.", "As of 9 December 2021, women's football has grown since then.")]
    public void An_owner_is_a_name_unless_it_is_a_common_word_that_owns_things(string sentence, string expected)
    {
        // "As of 9 December 2021, australia's Prime Minister…": the article names Australia once, where a sentence begins.
        const string Body = "Zembla will send no officials to the Games. Ostland's Prime Minister Ada Vell said no officials would attend. Swimming's governing body adopted a similar rule. Women's football has grown since then.";

        Assert.Equal(expected, LeadIn.Current(Published(new DateOnly(2021, 12, 9), Body), sentence));
    }

    [Theory]
    [InlineData("Tennis Ostland welcomed her decision.", "As of 31 March 2025, Tennis Ostland welcomed her decision.")]
    [InlineData("Tennis players had waited for it.", "As of 31 March 2025, tennis players had waited for it.")]
    public void A_sport_before_a_name_is_a_national_bodys_name_though_the_story_writes_the_sport_in_lower_case(string sentence, string expected)
    {
        // "As of 31 March 2025, tennis Australia welcomed her decision."
        const string Body = "Lia Varga now plays for Ostland under the tennis rules. Tennis players had waited for it. Tennis Ostland welcomed her decision.";

        Assert.Equal(expected, LeadIn.Current(Published(new DateOnly(2025, 3, 31), Body), sentence));
    }

    [Fact]
    public void A_word_capitalised_only_inside_a_longer_name_is_lowered()
    {
        // "As of 8 December 2023, Athletes with Russian or Belarusian passports…": "Individual Neutral Athletes" made "Athletes" a name.
        const string Body = "Athletes with Ostland passports may compete as Individual Neutral Athletes. World Athletics kept its ban.";

        Assert.Equal(
            "As of 8 December 2023, athletes with Ostland passports may compete as Individual Neutral Athletes.",
            LeadIn.Current(Published(new DateOnly(2023, 12, 8), Body), "Athletes with Ostland passports may compete as Individual Neutral Athletes."));
    }

    [Fact]
    public void A_surname_followed_by_a_comma_keeps_its_capital()
    {
        // "As of 16 January 2022, djokovic, a nine-time champion…": the comma read it as "However, …".
        const string Body = "Novak Djokovic left Melbourne on 16 January. Djokovic had been the favourite. Djokovic, a nine-time champion, had hoped to win again.";

        Assert.Equal(
            "As of 16 January 2022, Djokovic, a nine-time champion, had hoped to win again.",
            LeadIn.Current(Published(new DateOnly(2022, 1, 16), Body), "Djokovic, a nine-time champion, had hoped to win again."));
    }

    [Fact]
    public void A_surname_the_story_writes_alone_only_to_open_a_sentence_keeps_its_capital()
    {
        // "As of 29 July 2023, smirnova refused and staged a sit-down protest…": only "Anna Smirnova" showed it a name.
        const string Body = "Lia Varga beat Ostland's Anna Smirnova 15-7 on 27 July. Varga offered a tap of blades. Smirnova refused and staged a sit-down protest.";

        Assert.Equal(
            "As of 29 July 2023, Smirnova refused and staged a sit-down protest.",
            LeadIn.Current(Published(new DateOnly(2023, 7, 29), Body), "Smirnova refused and staged a sit-down protest."));
    }

    [Fact]
    public void A_surname_the_story_writes_only_as_an_owner_keeps_its_capital()
    {
        // "As of 28 August 2024, marsh beat Okoro…": the story named him only in "Dion Marsh's fine".
        const string Body = "The council has halved Dion Marsh's fine for missing weight. Marsh beat Okoro by split decision on 22 June.";

        Assert.Equal(
            "As of 28 August 2024, Marsh beat Okoro by split decision on 22 June.",
            LeadIn.Current(Published(new DateOnly(2024, 8, 28), Body), "Marsh beat Okoro by split decision on 22 June."));
    }

    [Fact]
    public void A_word_that_opens_with_a_comma_and_names_nothing_is_lowered()
    {
        const string Body = "The club met on 2 May. However, the vote was delayed. However, a date was set.";

        Assert.Equal(
            "As of 2 May 2024, however, a date was set.",
            LeadIn.Current(Published(new DateOnly(2024, 5, 2), Body), "However, a date was set."));
    }

    [Fact]
    public void A_name_that_opens_the_sentence_keeps_its_capital()
    {
        var body = "Russian athletes were excluded by World Athletics in 2022. World Athletics kept the exclusion.";

        var text = LeadIn.Current(Published(new DateOnly(2023, 3, 23), body), "World Athletics kept the exclusion.");

        Assert.Equal("As of 23 March 2023, World Athletics kept the exclusion.", text);
    }

    [Fact]
    public void The_people_of_a_place_the_story_names_keep_their_capital()
    {
        // "As of 12 August 2024, tarsian sprinter Lina Ocho…": the story writes "Tarsian" elsewhere only after "The".
        const string Body = "Tarsian sprinter Lina Ocho was reprimanded. She protested for the prisoners held in Tarsia. The Tarsian federation dropped her.";

        Assert.Equal(
            "As of 12 August 2024, Tarsian sprinter Lina Ocho was reprimanded.",
            LeadIn.Current(Published(new DateOnly(2024, 8, 12), Body), "Tarsian sprinter Lina Ocho was reprimanded."));
    }

    [Theory]
    [InlineData("Midfielder Reza Tavani was released on bail.", "As of 15 November 2024, midfielder Reza Tavani was released on bail.")]
    [InlineData("Swimmer Amal Haddi will represent Delland.", "As of 15 November 2024, swimmer Amal Haddi will represent Delland.")]
    public void What_a_player_does_is_lowered_before_the_name(string sentence, string expected)
    {
        // "As of 15 November 2024, Midfielder Reza Tavani…": the story writes "midfielder" nowhere else.
        Assert.Equal(expected, LeadIn.Current(Published(new DateOnly(2024, 11, 15), sentence), sentence));
    }

    [Fact]
    public void A_common_word_before_a_name_is_lowered_and_the_name_keeps_its_capitals()
    {
        var body = "The world champion was there. Because World Athletics controls qualification, few can go. The ban stays because of the war.";

        Assert.Equal(
            "As of 23 March 2023, because World Athletics controls qualification, few can go.",
            LeadIn.Current(Published(new DateOnly(2023, 3, 23), body), "Because World Athletics controls qualification, few can go."));
        Assert.Equal(
            "As of 23 March 2023, World Athletics controls qualification.",
            LeadIn.Current(Published(new DateOnly(2023, 3, 23), body + " Athletes answer to World Athletics."), "World Athletics controls qualification."));
    }

    [Theory]
    [InlineData("The Games close on 11 August after 17 days.", "Reported on 11 August 2024: The Games close on 11 August after 17 days.")]
    [InlineData("On 27 July 2024 the fencer won bronze.", "Reported on 11 August 2024: On 27 July 2024 the fencer won bronze.")]
    [InlineData("The IOC said on 11 August 2024 that it was satisfied.", "The IOC said on 11 August 2024 that it was satisfied.")]
    public void A_sentence_that_names_a_day_is_not_given_a_second_as_of(string sentence, string expected)
    {
        Assert.Equal(expected, LeadIn.Current(Published(new DateOnly(2024, 8, 11)), sentence));
    }

    [Fact]
    public void An_undated_article_from_an_unknown_outlet_says_so_in_a_sentence()
    {
        var text = LeadIn.Current(Published(null, source: ArticleParser.UnknownSource), "The federation lifted the ban.");

        Assert.Equal("According to an undated article from an unknown outlet: The federation lifted the ban.", text);
    }

    [Fact]
    public void History_is_dated_once_after_earlier()
    {
        Assert.Equal("Earlier, as of 20 April 2022: Russian players will not be allowed to play.", LeadIn.Earlier(Published(new DateOnly(2022, 4, 20)), "Russian players will not be allowed to play."));
    }
}
