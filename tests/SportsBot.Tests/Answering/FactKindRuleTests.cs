using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using static SportsBot.Tests.Answering.EvidenceRuleFixtures;

namespace SportsBot.Tests.Answering;

/// <summary>The rules for whether a sentence carries the kind of fact asked for: a winner, an age, an amount or count, a length of time, a place, a role's holder, a cause or a speaker's words, one sentence at a time, without a model or a store.</summary>
public sealed class FactKindRuleTests
{
    [Theory]
    [InlineData(AskedFor.When, "The club announced the change on 31 March 2023.", true)]
    [InlineData(AskedFor.When, "The club announced the change after a long review.", false)]
    [InlineData(AskedFor.Judgement, "The tournament's organisers rejected the kit maker's claims.", true)]
    [InlineData(AskedFor.Judgement, "The kit maker unveiled the shirts on 28 September.", false)]
    [InlineData(AskedFor.Why, "The IOC suspended the ROC because it included four regional councils.", true)]
    [InlineData(AskedFor.Why, "The IOC suspended the ROC on Thursday.", false)]
    [InlineData(AskedFor.Why, "The kit supplier designed the shirts as a protest against the host country's human-rights record.", true)]
    [InlineData(AskedFor.Why, "IPC President Andrew Parsons said the situation in the athletes' villages had become untenable.", true)]
    [InlineData(AskedFor.Why, "The decision was announced on Thursday.", false)]
    [InlineData(AskedFor.Why, "The IOC suspended the ROC after the Russian committee decided to include four regional councils.", true)]
    [InlineData(AskedFor.Why, "The change came less than a day after the original announcement.", false)]
    public void A_sentence_answers_only_when_it_carries_the_kind_of_fact_asked_for(AskedFor asks, string sentence, bool carries)
    {
        Assert.Equal(carries, FactSpotter.Missing(asks, sentence, Context()) is null);
    }

    [Theory]
    [InlineData("The IOC excluded the leadership of the National Olympic Committee of the Republic of Belarus.", false)]
    [InlineData("The IOC excluded the NOC's president, Aleksandr Lukashenko, and his son Viktor Lukashenko.", true)]
    public void A_which_people_question_needs_a_persons_name_not_a_bodys(string sentence, bool answers)
    {
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, Context(asksForPeople: true)) is null);
    }

    /// <summary>
    /// "Which judge presided over the Tormund court case?" was answered by "Annika Roswell, chief executive of the
    /// organiser, said…": a person titled after the name with another role is not the one asked for.
    /// </summary>
    [Theory]
    [InlineData("Annika Roswell, chief executive of the organiser, said the company would accept the conditions.", false)]
    [InlineData("Friends of Vessen chair Ingrid Solheimar said the ruling showed the permit was no formality.", false)]
    [InlineData("Judge Mira Holt said the agency had not assessed the risk.", true)]
    [InlineData("Mira Holt, the judge who heard the case, said the agency had not assessed the risk.", true)]
    public void A_person_titled_with_another_role_is_not_the_judge_asked_for(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, Context(asksForPeople: true) with { AskedWord = "judge", AskedStem = Matcher.StemOf("judge") }) is null);

    /// <summary>A club is named as one, by a club's word in its name, or as whom a player plays, signs or moves for; a federation is none.</summary>
    [Theory]
    [InlineData("He returned to playing for his Brazilian club Flamengo.", true)]
    [InlineData("Al-Araibi, who plays semi-professional football for Pascoe Vale in Melbourne, was detained in Bangkok.", true)]
    [InlineData("Sarkany signed an 18-month contract with second-division Ostby United in February.", true)]
    [InlineData("Holmvik FC said it had never wanted to stand in his way.", true)]
    [InlineData("It does not affect the current campaign: City are due to face Real Madrid in the last 16.", true)]
    [InlineData("The rule lets a club claim a fee when a player it trained joins another club.", false)]
    [InlineData("The federation had barred the 19-year-old under its eligibility rule.", false)]
    [InlineData("It awarded him €45,000 in lost wages, to be paid by the Vestmarran Football Association.", false)]
    public void A_which_club_question_needs_a_club_named(string sentence, bool answers)
    {
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, Context() with { AsksForClub = true }) is null);
    }

    [Fact]
    public void A_who_won_question_needs_a_name_doing_the_winning()
    {
        var winner = Context(asksForWinner: true);

        Assert.Null(FactSpotter.Missing(AskedFor.Who, "Ivan Litvinovich won the men's trampoline gold medal.", winner));
        Assert.NotNull(FactSpotter.Missing(AskedFor.Who, "The winner of the play-off between Russia and Poland would reach the World Cup.", winner));
    }

    [Theory]
    [InlineData("A court sentenced Griner to nine years in a penal colony.", false)]
    [InlineData("The captain, Jon Reyes, 24, said the players were excited.", false)]
    [InlineData("Griner, 31, was detained at Sheremetyevo airport in February.", true)]
    [InlineData("The 31-year-old American basketball player Brittney Griner was detained in February.", true)]
    [InlineData("Griner, then 31, was detained at Sheremetyevo airport in February.", true)]
    public void A_how_old_question_needs_an_age_next_to_the_name_asked_about(string sentence, bool answers)
    {
        var griner = Context() with { Names = [Name("griner")], AskedWord = "old", AskedStem = Matcher.StemOf("old") };

        Assert.Equal(answers, FactSpotter.Missing(AskedFor.HowMany, sentence, griner) is null);
    }

    /// <summary>"How much did…" needs an amount of money or a share; "what was the result" and "how did they get on" a score or how it ended.</summary>
    [Theory]
    [InlineData("much", "The deal is reported to be worth about £305 million.", true)]
    [InlineData("much", "The fund holds 80 per cent of the club.", true)]
    [InlineData("much", "The consortium completed its purchase on 7 October 2021, ending Ashley's 14 years in charge.", false)]
    [InlineData("result", "Denmark were knocked out in the group stage after a 1-0 defeat by Australia.", true)]
    [InlineData("result", "Denmark finished bottom of Group D.", true)]
    [InlineData("result", "Morocco reached the semi-finals, the first African team to do so.", true)]
    [InlineData("result", "Denmark have been drawn in Group D with France, Australia and Tunisia.", false)]
    [InlineData("result", "Denmark will play at the World Cup in shirts with almost invisible badges.", false)]
    public void An_amount_or_a_result_is_answered_only_by_a_sentence_that_gives_one(string asked, string sentence, bool answers) =>
        Assert.Equal(answers, GivesCount(asked, sentence));

    /// <summary>"How far…" needs a distance, and "How long is the race?" the course's own length, not how far inside a zone a yacht in it strayed.</summary>
    [Theory]
    [InlineData("distance", "It found that the yacht had been 0.4 nautical miles inside the boundary.", true)]
    [InlineData("distance", "A patrol boat moved a line of border buoys about 300 metres to the west in March.", true)]
    [InlineData("distance", "The crew were held for 19 days and fined €12,000.", false)]
    [InlineData("distance", "The club spent €1.5m on the new boat.", false)]
    [InlineData("course length", "The 620-nautical-mile race started from the capital on 11 July.", true)]
    [InlineData("course length", "The first race is scheduled for 14 September on a 3.8 km street circuit with 19 corners.", true)]
    [InlineData("course length", "It found that the yacht had been 0.4 nautical miles inside the boundary during the race.", false)]
    public void A_distance_is_answered_only_by_a_sentence_that_gives_one_in_its_unit(string asked, string sentence, bool answers) =>
        Assert.Equal(answers, GivesCount(asked, sentence));

    /// <summary>"For how many years did FIFA ban Rubiales?" is answered by "the three-year ban": the counted word may be joined to the number.</summary>
    [Theory]
    [InlineData("years", "The three-year ban means that Rubiales cannot hold any role in football until late 2026.", true)]
    [InlineData("years", "Kamila Valieva was handed a 4-year suspension.", true)]
    [InlineData("years", "Russia was handed a four-match ban.", false)]
    [InlineData("matches", "Russia was handed a four-match ban.", true)]
    public void A_count_joined_to_its_unit_counts_that_unit(string asked, string sentence, bool answers) =>
        Assert.Equal(answers, GivesCount(asked, sentence));

    /// <summary>"How many goals did Iran score against England?" had been refused: "scored both of Iran's goals" counts two.</summary>
    [Theory]
    [InlineData("goals", "Mehdi Taremi scored both of Iran's goals, the second a penalty.", true)]
    [InlineData("goals", "Both teams played on after the protest.", false)]
    public void Both_counts_the_noun_it_goes_with(string asked, string sentence, bool answers) =>
        Assert.Equal(answers, GivesCount(asked, sentence));

    /// <summary>"Where was Djokovic held…?" had been answered with his flight out: "an immigration detention hotel" was no place.</summary>
    [Theory]
    [InlineData("He was held at an immigration detention hotel in Melbourne.", true)]
    [InlineData("She was sent to a penal colony.", true)]
    [InlineData("He was held for five days before the hearing.", false)]
    public void The_kind_of_place_someone_is_held_in_answers_where(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Where, sentence, Context() with { Names = [Name("melbourne")] }) is null);

    /// <summary>"When did Rubiales resign?" had been answered with the day he refused to: a date of the deed's denial is not its date.</summary>
    [Theory]
    [InlineData("On 25 August 2023 Rubiales said he would not resign.", false)]
    [InlineData("On 25 August 2023 Rubiales said he wouldn't resign.", false)]
    [InlineData("On 25 August 2023 Rubiales refused to step down.", false)]
    [InlineData("On 10 September 2023 Rubiales finally resigned.", true)]
    [InlineData("On 10 September 2023 Rubiales, who had said he would not resign, resigned.", true)]
    public void A_date_dates_the_deed_only_where_the_sentence_does_not_deny_it(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.When, sentence, Context() with { QuestionWords = new HashSet<string> { EvidenceRuleFixtures.Matcher.StemOf("resign") } }) is null);

    /// <summary>"Where did Belarus play its home games?" had been refused beside "must play their home matches at neutral venues".</summary>
    [Theory]
    [InlineData("Belarusian teams must play their home matches at neutral venues.", true)]
    [InlineData("Every match in which they are the home side must be staged outside Belarus.", true)]
    [InlineData("Belarusian teams remain in UEFA competitions.", false)]
    [InlineData("The venue of the match has not been decided.", false)]
    public void A_place_told_by_what_it_is_not_answers_where(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Where, sentence, Context() with { Names = [Name("belarus")] }) is null);

    [Fact]
    public void A_place_told_by_what_it_is_not_does_not_answer_which_city() =>
        Assert.NotNull(FactSpotter.Missing(AskedFor.Where, "Belarusian teams must play their home matches at neutral venues.", Context() with { AskedWord = "city", AskedStem = "citi" }));

    /// <summary>"Where will the championships be held?" had been refused beside "Tampere and Riga will host them": no "in" came before the place.</summary>
    [Theory]
    [InlineData("Port Arno will host the 2027 Zembla Games.", true)]
    [InlineData("Tampere and Riga are due to co-host the championship.", true)]
    [InlineData("The Zembla Games will be hosted next year.", false)]
    [InlineData("Melbourne will host the final.", false)]
    [InlineData("It will host the final.", false)]
    [InlineData("Port Vell had been due to host the championships.", true)]
    [InlineData("Arno was originally scheduled to stage the final.", true)]
    public void The_host_named_before_its_verb_answers_where(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Where, sentence, Context() with { Names = [Name("melbourne")] }) is null);

    /// <summary>"How long did Griner spend in Russia?" had been answered with "a two-time Olympic gold medallist… has played for the Russian club".</summary>
    [Theory]
    [InlineData("In all she spent almost ten months in Russian custody.", true)]
    [InlineData("The three-year ban means he cannot hold any role in football until late 2026.", true)]
    [InlineData("Griner, a two-time Olympic gold medallist, has played for a Russian club.", false)]
    // A span whose end is a year, or the day a ban ends, gives its length too.
    [InlineData("He is suspended from all football activity until 2026.", true)]
    [InlineData("The club will play its home games abroad from 2024 to 2027.", true)]
    [InlineData("Her suspension expires in March 2026.", true)]
    [InlineData("The ban ends on 30 June 2025.", true)]
    [InlineData("He was banned in 2023.", false)]
    // A ban is as often counted in the matches it lasts, and a decade is a length as much as ten years.
    [InlineData("UEFA banned the defender for two matches.", true)]
    [InlineData("He was handed a ten-game suspension.", true)]
    [InlineData("The federation banned him from the sport for a decade.", true)]
    [InlineData("The tournament was played over 64 matches.", false)]
    public void How_long_needs_a_length_of_time_not_any_number(string sentence, bool answers)
    {
        Assert.Equal((AskedFor.HowMany, (string?)null, "long"), QuestionKindReader.Read("How long did Griner spend in Russia?"));
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.HowMany, sentence, Context() with { AskedWord = "long", AskedStem = Matcher.StemOf("long") }) is null);
    }

    [Theory]
    [InlineData("The match was called off due to the war.", true)]
    [InlineData("The Winter Olympics are due to run in Beijing from 4 to 20 February 2022.", false)]
    [InlineData("The final was due to be played in St Petersburg.", false)]
    public void Due_to_before_a_verb_is_a_schedule_not_a_cause(string sentence, bool cause) =>
        Assert.Equal(cause, FactSpotter.StatesACause(sentence));

    /// <summary>"Who is the president of the IPC?" had been answered with the president of the Russian Paralympic Committee.</summary>
    [Theory]
    [InlineData("The president of the Russian Paralympic Committee, Pavel Rozhkov, described the suspension as discrimination.", false)]
    [InlineData("The Russian Paralympic Committee's president Pavel Rozhkov followed the assembly remotely.", false)]
    [InlineData("IPC President Andrew Parsons said the situation had become untenable.", true)]
    [InlineData("Andrew Parsons, president of the International Paralympic Committee, said the vote was clear.", true)]
    [InlineData("Its president, Andrew Parsons, said the vote was clear.", true)]
    [InlineData("IPC's President Andrew Parsons said the vote was clear.", true)]
    [InlineData("Zembla's President Ana Kovac said the vote was clear.", false)]
    public void A_role_asked_of_a_body_is_answered_only_by_that_bodys_holder(string sentence, bool answers)
    {
        var context = Context() with { Names = [Name("ipc")], Relation = "president" };

        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, context) is null);
    }

    [Theory]
    [InlineData("\"Chess cannot be used to plant a flag on someone else's map,\" WCC president Mirela Castaign told reporters.", false)]
    [InlineData("Ibrenian federation president Tomas Vell told reporters the complaint stood.", true)]
    public void A_role_of_another_body_named_by_its_initials_does_not_answer(string sentence, bool answers)
    {
        var context = Context() with { Names = [Name("ibrenian"), Name("chess"), Name("federation")], Relation = "president" };

        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, context) is null);
    }

    /// <summary>"Aryna Sabalenka of Belarus won the Australian Open…" had been refused as Belarus's win: before a verb, the capitalised words are who did it.</summary>
    [Theory]
    [InlineData("Ostland's Lia Varga won the Harbour Open on 9 May.")]
    [InlineData("Lia Varga of Ostland won the Harbour Open on 9 May.")]
    public void The_winner_named_before_the_win_verb_answers_who_won(string sentence)
    {
        var context = Context() with { Names = [Name("harbour"), Name("open")], Relation = "won", AsksForWinner = true };

        Assert.Null(FactSpotter.Missing(AskedFor.Who, sentence, context));
    }

    /// <summary>"Who replaced Rubiales?" had been answered with "coach Jorge Vilda was … replaced by Montse Tomé": a deed in the passive is done to its clause's subject.</summary>
    [Theory]
    [InlineData("Coach Ivo Dahl was dismissed in May and replaced by Mira Vance.", false)]
    [InlineData("Kolar resigned in May and was replaced by Mira Vance.", true)]
    [InlineData("Kolar left in May, and the club replaced him with Mira Vance.", true)]
    [InlineData("He was replaced by Mira Vance in May.", true)]
    public void A_deed_said_in_the_passive_is_done_to_whom_its_clause_names(string sentence, bool answers)
    {
        var context = Context() with { Names = [Name("kolar")], Relation = "replaced", DoneTo = [Name("kolar")] };

        var missing = FactSpotter.Missing(AskedFor.Who, sentence, context);
        Assert.True(answers == missing is null, missing ?? "answers");
    }

    /// <summary>"Took the sabre title" is a win; "took a second silver medal" is not, whatever words stand between.</summary>
    [Theory]
    [InlineData("Lia Varga took the sabre title at the Harbour Open.", true)]
    [InlineData("Lia Varga took a second silver medal at the Harbour Open.", false)]
    public void Taking_a_title_or_gold_is_winning_and_taking_silver_is_not(string sentence, bool answers)
    {
        var context = Context() with { Names = [Name("harbour"), Name("open")], Relation = "took", AsksForWinner = true };

        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, context) is null);
    }

    [Theory]
    [InlineData("chairs", "A working group will spend 12 months on the question, and Coe said the rule could be reviewed.", false)]
    [InlineData("chairs", "The working group is chaired by Sebastian Coe's deputy, Jackson Wall.", true)]
    [InlineData("executive", "Cricket Australia announced the decision on 12 January, citing the Taliban's restrictions.", false)]
    [InlineData("executive", "Cricket Australia's chief executive, Nick Hockley, said the board had consulted the government.", true)]
    [InlineData("leads", "The team's leader, Jan Novak, said they would appeal.", true)]
    [InlineData("appealed", "The Court of Arbitration for Sport, chaired by Jan Novak, banned Varga for four years.", false)]
    [InlineData("appealed", "Her federation, led by Jan Novak, challenged the ban before the court.", true)]
    public void A_who_question_needs_a_sentence_that_says_the_asked_relation_not_only_a_name(string relation, string sentence, bool answers)
    {
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, Context() with { Relation = relation }) is null);
    }

    /// <summary>"Why was the Marovian team doctor refused a visa?" had been answered by a reason withheld.</summary>
    [Theory]
    [InlineData("Sarandor also denied entry to the federation president and the team doctor, without giving a reason.", false)]
    [InlineData("The team doctor was refused a visa because he had served in the National Guard.", true)]
    [InlineData("Because he had served in the National Guard, the doctor was refused a visa.", true)]
    public void A_why_question_needs_a_cause_of_what_it_asks_about(string sentence, bool answers)
    {
        var context = Context() with { Names = [Name("marovian")], QuestionWords = new HashSet<string> { Matcher.StemOf("doctor"), Matcher.StemOf("refused"), Matcher.StemOf("visa") } };

        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Why, sentence, context) is null);
    }

    /// <summary>"what time does the cup final kick off now" had been refused the sentence that moved the kick-off to 15:00, for want of a date.</summary>
    [Theory]
    [InlineData("Kick-off has also been brought forward from 20:45 to 15:00 at the request of police.", true)]
    [InlineData("The final will now start at 3pm.", true)]
    [InlineData("The final is scheduled for 17 May at Arena Sal.", false)]
    public void A_what_time_question_needs_a_time_of_day(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.When, sentence, Context() with { AsksForTimeOfDay = QuestionClauses.AsksForTimeOfDay("what time does the cup final kick off now") }) is null);

    /// <summary>"Who will captain Marovia now that Oranek can't go?" had been answered with "including captain Davit Oranek".</summary>
    [Theory]
    [InlineData("Marovia will play after Sarandor relented, but three players - including captain Davit Oranek - will still miss the tournament.", false)]
    [InlineData("Marovia travel after Sarandor relented, but Oranek, the team's captain, will still miss the tournament.", false)]
    [InlineData("The federation named guard Ilya Vorn as captain in Oranek's absence.", true)]
    [InlineData("The new captain is Oranek's teammate Ilya Vorn.", true)]
    public void A_role_held_by_the_one_the_question_names_does_not_say_who_else_holds_it(string sentence, bool answers)
    {
        var context = Context() with { Names = [Name("marovia"), Name("oranek")], Relation = "captain" };

        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Who, sentence, context) is null);
    }

    [Theory]
    [InlineData("The Premier League said it had received legally binding assurances that the Saudi state would not control the club.", true)]
    [InlineData("The club's future is secure, according to the Premier League.", true)]
    [InlineData("One obstacle was the Premier League's owners' and directors' test.", false)]
    [InlineData("Critics said the Premier League should have refused the deal.", false)]
    [InlineData("The Premier League approved the takeover after receiving what it called legally binding assurances.", false)]
    [InlineData("The Premier League's chief executive spoke first. He said the deal was sound.", true)]
    public void Asked_for_somebody_s_words_a_sentence_answers_when_they_say_them(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Open, sentence, SpeakerContext("What did the Premier League say about the Saudi takeover?")) is null);

    /// <summary>"What did Putin say about the IOC decision?" had been answered with what the IOC said: the question names whose words it wants.</summary>
    [Theory]
    [InlineData("What did Putin say about the IOC decision?", "The IOC Executive Board said federations should not invite Russian athletes.", false)]
    [InlineData("What did Putin say about the IOC decision?", "Putin said the IOC decision was political.", true)]
    [InlineData("what did amnesty have to say abt the newcastle buyout", "Amnesty International said the deal was an attempt to sportswash the country's record.", true)]
    [InlineData("What did she say about the Newcastle takeover?", "Amnesty International said the takeover was sportswashing.", true)]
    [InlineData("What did the sports minister say about the ban?", "Zembla's sports minister said the ban must stay.", true)]
    [InlineData("So how did Ukraine react to the decision?", "Ukrainian officials said the decision was a betrayal.", true)]
    // "What did Cricket Australia say?" had been answered with Rashid Khan's words: "he" points back to a sentence that
    // names only "Australia's Big Bash League", one word of the speaker's name; "CA", its initials, names it.
    [InlineData("What did Cricket Australia say?", "Rashid Khan plays in Australia's Big Bash League. He said he was very disappointed.", false)]
    [InlineData("What did Cricket Australia say?", "Cricket Australia pulled out of the series. It said the decision followed consultation.", true)]
    [InlineData("What did Cricket Australia say?", "CA said it was withdrawing after the Taliban announced further limits.", true)]
    // "The board said" is Cricket Australia's board, named before it, not Afghanistan's; a board the question does not name by its owner is any board.
    [InlineData("What did Afghanistan's cricket board say?", "Cricket Australia pulled out of the series against Afghanistan. The board said it was committed to the game.", false)]
    [InlineData("What did the Afghanistan Cricket Board say?", "The Afghanistan Cricket Board met on Monday. The board said the decision was unfair.", true)]
    [InlineData("What did Afghanistan's cricket board say?", "Afghanistan's cricket board met on Monday. The board said the decision was unfair.", true)]
    [InlineData("What did the board say?", "Cricket Australia pulled out of the series. The board said it was committed to the game.", true)]
    public void Only_the_one_the_question_asks_to_speak_answers_it(string question, string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Open, sentence, SpeakerContext(question)) is null);

    /// <summary>"Which city hosted the final?" was answered with "The city's stadium is closely associated with Gazprom": a venue word is a place only with a name beside it, and "in UEFA competitions" names a body.</summary>
    [Theory]
    [InlineData("The match will now be played at the Stade de France in Saint-Denis.", true)]
    [InlineData("England won 6-2 at the Khalifa International Stadium.", true)]
    [InlineData("The city's stadium is closely associated with Gazprom, the energy company.", false)]
    [InlineData("Officials said the stadium would be ready by the summer.", false)]
    [InlineData("Clubs competing in UEFA competitions must play at the same grounds.", false)]
    [InlineData("She had spent several seasons playing in the US.", true)]
    public void A_venue_answers_where_only_with_its_name_and_a_body_is_no_place(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Where, sentence, Context()) is null);

    [Theory]
    [InlineData("Nordic Union President Lena Dahl wrote to the fencer.", true)]
    [InlineData("The panel is chaired by Nordic Union Vice-President Ola Brand.", false)]
    [InlineData("The union's deputy president, Ola Brand, chairs the panel.", false)]
    public void A_deputy_does_not_hold_the_role_asked_about(string sentence, bool says) =>
        Assert.Equal(says, (Context() with { Relation = "president" }).SaysRelation(sentence));

    [Theory]
    [InlineData("The league's 12 clubs voted 9 to 3 to accept the offer.", true)]
    [InlineData("The three clubs that voted against were the Bay City Hawks, the Norden Pines and the Tarm Lions.", false)]
    [InlineData("Two members of staff, physiotherapist Anna Kell and assistant coach Rui Maro, were still refused.", false)]
    [InlineData("Three clubs, Ostby United, Kell Town and Velde, voted against.", false)]
    [InlineData("Two clubs that voted against were fined.", true)]
    public void A_count_names_the_things_only_when_their_names_follow_it(string sentence, bool countsOnly)
    {
        var noun = sentence.Contains("members", StringComparison.Ordinal) ? "members" : "clubs";

        Assert.Equal(countsOnly, FactSpotter.CountsInsteadOfNaming(sentence, noun, Context()));
    }
}
