using System.Text.RegularExpressions;
using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// The answers fans complained about, asked again over the bundled knowledge: each asserts what the fan would
/// notice (the name is there, the bot admits what it does not know, the newer source leads).
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed partial class WhatUsersSawTests(BundledKnowledgeFixture fixture)
{
    private async Task<Answer> AskAsync(string question) =>
        (await fixture.Host.Get<AnswerService>().AskAsync(question, CancellationToken.None)).Answer;

    private async Task<Answer> FollowUpAsync(string earlier, string followUp, bool explicitReply = true)
    {
        var service = fixture.Host.Get<AnswerService>();
        var first = (await service.AskAsync(earlier, CancellationToken.None)).Answer;
        return (await service.AskFollowUpAsync(earlier, first.Text, followUp, CancellationToken.None, explicitReply)).Answer;
    }

    [Fact]
    public async Task A_question_typed_in_a_hurry_with_misspelt_names_is_answered_from_the_story_it_means()
    {
        var answer = await AskAsync("wat did fifa do 2 rubialis aftr the kis wit hermosso at the wrld cup final??");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("rubiales-banned-by-fifa-2023-10", answer.Citations[0].ArticleId);
        Assert.Contains("three years", answer.Text);
    }

    [Fact]
    public async Task Asked_whether_neutral_athletes_won_medals_the_answer_names_the_winner()
    {
        var answer = await AskAsync("Did any neutral athletes win medals in Paris?");

        Assert.True(answer.Known);
        Assert.Contains("Litvinovich", LeadOf(answer));
    }

    [Fact]
    public async Task A_sentence_that_opens_with_it_or_the_decision_is_quoted_with_what_it_refers_to()
    {
        var answer = await AskAsync("what happened with russia in football after the invasion");

        Assert.True(answer.Known);
        Assert.Matches("FIFA|UEFA|football|Champions League", answer.Citations[0].Title + LeadOf(answer));
        // No paragraph of the answer starts on a word that points back to something the reader was never told.
        foreach (var paragraph in Paragraphs(answer))
        {
            Assert.DoesNotMatch(@"^(?:As of [^,]+, |Earlier, as of [^:]+: |Reported on [^:]+: )?(?:It|They|He|She|This|The decision|The ruling|The panel)\b", paragraph);
        }
    }

    [Fact]
    public async Task A_question_about_the_football_world_cup_winner_is_not_answered_with_a_play_off_story()
    {
        var answer = await AskAsync("who won the 2022 world cup");

        Assert.False(answer.Known);
        Assert.Equal(Answer.NotCoveredText, answer.Text);
    }

    [Theory]
    [InlineData("What is an AIN?")]
    [InlineData("What does AIN stand for?")]
    public async Task A_definition_the_sources_give_in_so_many_words_is_answered(string question)
    {
        var answer = await AskAsync(question);

        Assert.True(answer.Known);
        Assert.Contains("Individual Neutral Athletes", LeadOf(answer));
        // A definition is given once, not again from every older report that spells it out; nor is it a fact that goes
        // stale, to be warned about as old.
        Assert.DoesNotContain(answer.Parts, p => p.Role == AnswerRole.Earlier);
        Assert.DoesNotContain("My newest source on this", answer.Text);
    }

    [Fact]
    public async Task Asked_who_a_person_is_the_bot_says_what_the_sources_say_about_them()
    {
        var answer = await AskAsync("Who is Litvinovich?");

        Assert.True(answer.Known);
        Assert.Contains("Litvinovich", LeadOf(answer));
        Assert.Contains("trampoline", LeadOf(answer));
    }

    [Fact]
    public async Task Older_sources_come_after_the_answer_newest_first_each_dated_once()
    {
        var answer = await AskAsync("Can Belarusian athletes compete at Paris 2024?");

        var earlier = answer.Parts.Where(p => p.Role == AnswerRole.Earlier).ToList();
        Assert.NotEmpty(earlier);
        Assert.All(earlier, p => Assert.True(p.Date < answer.AsOf, p.Text));
        Assert.Equal(earlier.Select(p => p.Date).OrderByDescending(d => d), earlier.Select(p => p.Date));
        Assert.All(earlier, p => Assert.Single(DatePrefix().Matches(p.Text)));
        Assert.Equal(answer.Parts.Count(p => p.Role == AnswerRole.Earlier), DatePrefix().Matches(answer.Text).Count(m => m.Value.StartsWith("Earlier", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Lead_ins_read_as_english_with_names_kept_capitalised_and_no_date_said_twice()
    {
        string[] questions =
        [
            "Can Belarusian athletes compete at Paris 2024?",
            "Why was Russia excluded from World Athletics events?",
            "What happened when the IOC recommended excluding Russian athletes?",
            "Are Russian players allowed at Wimbledon?",
        ];

        foreach (var question in questions)
        {
            var answer = await AskAsync(question);
            Assert.All(answer.Text.Split('\n').Where(l => l.StartsWith("Reported on", StringComparison.Ordinal)), l => Assert.DoesNotContain("As of", l));
            Assert.DoesNotMatch(@"As of [^,]+, [A-Z][a-z]+ (?:days|weeks|months) after", answer.Text);
            Assert.DoesNotContain("world Athletics", answer.Text);
            Assert.DoesNotContain("individual Neutral", answer.Text);
            Assert.DoesNotContain("from unknown outlet", answer.Text);
            Assert.DoesNotMatch(@"\b1 passages\b", answer.Text);
            // "As of 11 August 2024, the Games close on 11 August": a sentence that dates itself gets no "As of".
            foreach (Match asOf in AsOfDay().Matches(answer.Text))
            {
                Assert.DoesNotContain($"on {asOf.Groups[1].Value}", asOf.Groups[2].Value);
            }
        }
    }

    [Fact]
    public async Task Since_when_after_an_answer_gives_the_date_and_not_the_same_answer_again()
    {
        const string earlier = "Can Russian tennis players play Wimbledon?";
        var first = await AskAsync(earlier);

        var sinceWhen = await FollowUpAsync(earlier, "since when?");

        Assert.True(sinceWhen.Known);
        Assert.NotEqual(first.Text, sinceWhen.Text);
        Assert.Matches(@"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}", LeadOf(sinceWhen));
    }

    [Fact]
    public async Task Why_after_an_answer_does_not_lead_with_the_sentence_that_answer_led_with()
    {
        // The first answer wrote its lead "As of 29 January 2024, the Court…": the sentence's own "The Court…" was not
        // found in it, so it counted as not yet said and led the answer to "why?" again.
        const string earlier = "What happened to Valieva?";
        var first = await AskAsync(earlier);

        var why = await FollowUpAsync(earlier, "why?");

        Assert.Contains("guilty of an anti-doping rule violation", LeadOf(first));
        Assert.True(why.Known, why.Text);
        Assert.DoesNotContain("guilty of an anti-doping rule violation", LeadOf(why));
        Assert.Contains("tested positive", LeadOf(why));
    }

    [Fact]
    public async Task Since_when_is_answered_by_the_date_the_lead_gives_not_by_the_older_ban_beside_it()
    {
        // The lead already says when they were let back (31 March 2023); the 2022 ban's date was added beside it as if
        // it answered "since when?", undated and out of order.
        const string earlier = "Can Russian tennis players play Wimbledon?";

        var sinceWhen = await FollowUpAsync(earlier, "since when?");

        Assert.Contains("31 March 2023", LeadOf(sinceWhen));
        Assert.DoesNotContain("20 April 2022", string.Join(' ', sinceWhen.Parts.Where(p => p.Role is AnswerRole.Lead or AnswerRole.Supporting).Select(p => p.Text)));
    }

    [Fact]
    public async Task And_belarusians_asks_the_earlier_question_about_belarusians()
    {
        const string earlier = "Can Russian athletes compete at Paris 2024?";
        var service = fixture.Host.Get<AnswerService>();
        var first = (await service.AskAsync(earlier, CancellationToken.None)).Answer;

        var timed = await service.AskFollowUpAsync(earlier, first.Text, "And Belarusians?", CancellationToken.None);

        Assert.Equal("Can Belarusian athletes compete at Paris 2024?", timed.Retrieval.Query.Question);
        Assert.True(timed.Answer.Known);
    }

    [Theory]
    [InlineData("thanks!")]
    [InlineData("hello")]
    public async Task Thanks_or_hello_after_an_answer_gets_a_reply_of_its_own_not_the_answer_again(string message)
    {
        var reply = await FollowUpAsync("Are Russian players allowed at Wimbledon?", message, explicitReply: false);

        Assert.Empty(reply.Citations);
        Assert.DoesNotContain("Wimbledon", reply.Text.Split("for example")[0]);
        Assert.Matches("^(You're welcome|Hello)", reply.Text);
    }

    [Fact]
    public async Task A_question_asking_for_a_judgement_gets_attributed_positions_and_no_verdict()
    {
        var answer = await AskAsync("Is the IOC being fair to Russia?");

        Assert.True(answer.Known);
        Assert.StartsWith("My sources report positions on this, not a verdict:", answer.Text);
        var positions = answer.Parts.Where(p => p.Role == AnswerRole.Position).ToList();
        Assert.True(positions.Count >= 2, answer.Text);
        Assert.All(positions, p => Assert.Matches(@"\b(?:said|says|called|argued|described|criticised|welcomed|condemned|found|ruled)\b", p.Text));
        Assert.DoesNotMatch(@"\b(?:Yes|No),", answer.Text);
    }

    [Fact]
    public async Task A_present_question_answered_from_an_old_source_says_how_old_the_newest_source_is()
    {
        var answer = await AskAsync("Can Russian tennis players play Wimbledon?");

        Assert.True(answer.Known);
        Assert.Contains($"My newest source on this is from {answer.AsOf:MMMM yyyy}.", answer.Text);
    }

    [Theory]
    [InlineData("Mohou běloruští sportovci startovat na olympijských hrách v Paříži?", "Czech")]
    // "Qatar" is in the sources; "Danmark" and "VM" are Swedish words, not names the sources have.
    [InlineData("Varför spelade Danmark VM i Qatar i tröjor utan logga?", "Swedish")]
    public async Task A_question_in_a_language_without_a_glossary_whose_names_are_mostly_not_the_sources_is_asked_for_in_english(string question, string language)
    {
        var answer = await AskAsync(question);

        Assert.False(answer.Known, answer.Text);
        Assert.Equal($"I read questions in English, and yours looks like {language}. Please ask it in English.", answer.Text);
    }

    [Theory]
    [InlineData("Gli atleti bielorussi possono gareggiare alle Olimpiadi di Parigi?", "Italian", "Paris")]
    [InlineData("Могут ли российские спортсмены выступать на Олимпиаде в Париже?", "Russian", "Paris")]
    [InlineData("Welche Strafe verhängte die FIFA gegen Luis Rubiales?", "German", "Rubiales")]
    public async Task A_question_in_a_language_with_a_glossary_is_read_word_by_word_into_english_and_says_how(string question, string language, string cited)
    {
        var answer = await AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith($"I read questions in English, and yours looks like {language}; I read it as \"", answer.Text);
        Assert.Contains(cited, answer.Citations[0].Title);
    }

    [Fact]
    public async Task A_question_in_another_language_without_a_model_is_answered_from_the_sources_on_its_names_and_says_so()
    {
        var answer = await AskAsync("Vilket straff fick Luis Rubiales av FIFA?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("I read questions in English, and yours looks like Swedish, so I matched the names in it.", answer.Text);
        Assert.Equal("rubiales-banned-by-fifa-2023-10", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task A_question_in_another_language_is_not_mended_into_english_words()
    {
        // "sobre" once became "sabre" and the answer was a fencing result.
        var answer = await AskAsync("¿Qué decidió World Athletics sobre los atletas rusos?");

        Assert.True(answer.Known, answer.Text);
        Assert.DoesNotContain("sabre", answer.Text);
        Assert.All(answer.Citations, c => Assert.Contains("World Athletics", c.Title));
    }

    [Fact]
    public async Task A_question_matched_by_its_names_leads_with_the_closest_sentence_and_newer_reports_follow()
    {
        var answer = await AskAsync("Vad beslutade World Athletics om ryska idrottare?");

        Assert.True(answer.Known, answer.Text);
        Assert.All(answer.Citations, c => Assert.Contains("World Athletics", c.Title));
        var later = answer.Parts.Where(p => p.Role == AnswerRole.Later).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, p => Assert.True(p.Date > answer.AsOf, answer.Text));
        Assert.Contains("\n\nLater, as of ", answer.Text);
    }

    [Fact]
    public async Task A_misspelt_english_question_the_detector_takes_for_swedish_is_not_called_swedish_once_mended()
    {
        var answer = await AskAsync("wen wos valiva banned");

        Assert.DoesNotContain("looks like", answer.Text);
    }

    private static string LeadOf(Answer answer) => answer.Parts.First(p => p.Role == AnswerRole.Lead).Text;

    private static IEnumerable<string> Paragraphs(Answer answer) =>
        answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeWhile(p => p != "Sources:");

    [GeneratedRegex(@"(?:As of|Earlier, as of) \d{1,2} \w+ \d{4}")]
    private static partial Regex DatePrefix();

    /// <summary>"As of 11 August 2024, …[n]": the day of the prefix, and the sentence it stands before.</summary>
    [GeneratedRegex(@"As of (\d{1,2} \w+) \d{4}, ([^\[]+)")]
    private static partial Regex AsOfDay();
}
