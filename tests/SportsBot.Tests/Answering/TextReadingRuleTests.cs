using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using static SportsBot.Tests.Answering.EvidenceRuleFixtures;

namespace SportsBot.Tests.Answering;

/// <summary>The rules a text is read by: the question's words found in it, a capital after a full stop, a subject spelled out or described, and the verdict on a question read by its names alone, without a model or a store.</summary>
public sealed class TextReadingRuleTests
{
    [Theory]
    [InlineData("The International Olympic Committee suspended the ROC.", "IOC", true)]
    [InlineData("The International Olympic Committee suspended the ROC.", "FIFA", false)]
    [InlineData("Russian athletes took part as neutrals.", "compete", true)]
    [InlineData("She was disqualified for declining to shake hands.", "shaking", true)]
    [InlineData("She was disqualified for declining to shake hands.", "hands", true)]
    [InlineData("She was disqualified for declining to shake hands.", "handshake", true)]
    [InlineData("He was removed from the country on Sunday.", "deported", true)]
    [InlineData("The club completed its purchase of the stadium.", "bought", true)]
    [InlineData("Mesut Özil announced that he would no longer play for Germany.", "Ozil", true)]
    [InlineData("Hatice Cengiz, the fiancée of the journalist, spoke out against the deal.", "fiancee", true)]
    public void A_text_read_for_the_question_words_mentions_them_as_a_text_read_whole_does(string text, string word, bool mentioned)
    {
        var term = Matcher.Term(word, isName: char.IsUpper(word[0]));

        Assert.Equal(mentioned, Matcher.Mentions(Matcher.Read(text), term));
        Assert.Equal(mentioned, Matcher.Mentions(Matcher.Read(text, [term]), term));
    }

    [Theory]
    [InlineData("The club said so.", 0, true)]
    [InlineData("Fans waited. The club said so.", 13, true)]
    [InlineData("Fans waited.\n\nThe club said so.", 14, true)]
    [InlineData("Fans of Newcastle waited.", 8, false)]
    public void A_capital_after_a_full_stop_opens_a_sentence_and_says_nothing_of_a_name(string text, int index, bool opens) =>
        Assert.Equal(opens, FactSpotter.OpensSentence(text, index));

    [Fact]
    public void A_who_question_does_not_take_the_first_word_of_a_sentence_read_with_the_one_before_for_a_name()
    {
        var sentence = "Thousands of fans gathered outside the stadium. The club's lawyer confirmed the sale.";

        Assert.NotNull(FactSpotter.Missing(AskedFor.Who, sentence, Context()));
    }

    [Fact]
    public void A_what_is_question_is_answered_by_a_sentence_that_spells_the_subject_out()
    {
        var ain = Context(subject: "AIN");

        Assert.Null(FactSpotter.Missing(AskedFor.WhatIs, "They may compete as Individual Neutral Athletes (AIN) under strict conditions.", ain));
        Assert.NotNull(FactSpotter.Missing(AskedFor.WhatIs, "Eleven AINs had qualified by December.", ain));
    }

    /// <summary>"What is the PIF?" was answered by "…combined with PIF's golf-related businesses": "with" describes nothing.</summary>
    [Theory]
    [InlineData("The PIF, the kingdom's sovereign wealth fund, holds 80 per cent of the club.", true)]
    [InlineData("The deal was led by the Saudi wealth fund PIF.", true)]
    [InlineData("The tours will be combined with PIF's golf-related businesses in a new company.", false)]
    public void A_word_before_the_subject_describes_it_only_when_it_is_not_a_small_word(string sentence, bool defines) =>
        Assert.Equal(defines, FactSpotter.Missing(AskedFor.WhatIs, sentence, Context(subject: "PIF")) is null);

    /// <summary>"Who is Ehsan Hajsafi?" was refused beside "the team's captain, Ehsan Hajsafi, told a news conference…".</summary>
    [Theory]
    [InlineData("Ehsan Hajsafi", "The day before the match, the team's captain, Ehsan Hajsafi, told a news conference that the players stood with the people.", true)]
    [InlineData("Hajsafi", "The day before the match, the team's captain, Ehsan Hajsafi, told a news conference that the players stood with the people.", true)]
    [InlineData("Ehsan Hajsafi", "After the match, Ehsan Hajsafi, visibly moved, thanked the fans.", false)]
    public void A_role_set_off_by_commas_before_the_name_says_what_its_holder_is(string subject, string sentence, bool defines) =>
        Assert.Equal(defines, FactSpotter.Missing(AskedFor.WhatIs, sentence, Context(subject: subject)) is null);

    /// <summary>"What is NPC Russia?" had been answered by a vote "to suspend NPC Russia": a verb after "to" describes nothing.</summary>
    [Theory]
    [InlineData("Members voted 64 to 39 to suspend NPC Russia with immediate effect.", false)]
    [InlineData("A motion to fully suspend NPC Russia narrowly failed.", false)]
    [InlineData("The suspended NPC Russia, the country's Paralympic committee, may appeal.", true)]
    public void A_verb_after_to_does_not_describe_the_subject(string sentence, bool defines) =>
        Assert.Equal(defines, FactSpotter.Missing(AskedFor.WhatIs, sentence, Context(subject: "NPC Russia")) is null);

    [Fact]
    public void Explain_says_a_question_read_by_its_names_alone_needs_all_of_them_in_the_sentence()
    {
        var byNames = new EvidenceCheck(NamesInSource: true, NameInSentence: false, Focus: 0, FocusFound: true, FactMissing: null) { ByNamesOnly = true };
        var inEnglish = byNames with { ByNamesOnly = false };

        Assert.Equal("read by its names alone, and the sentence, with its headline, does not name them all", byNames.Verdict);
        Assert.Equal("neither the sentence nor its headline and opening paragraph name any of the question's names", inEnglish.Verdict);
    }
}
