using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Answering;

/// <summary>The named rules an answer is judged by, one sentence at a time, without a model or a store.</summary>
public sealed class EvidenceRuleTests
{
    private static readonly TermMatcher Matcher = new(new SnowballWordStemmer(), new AliasTable(), new ConceptTable(new SnowballWordStemmer()));

    [Theory]
    [InlineData("Who won the 2022 World Cup?", AskedFor.Who)]
    [InlineData("When did Haas drop Mazepin?", AskedFor.When)]
    [InlineData("Can Russians play at Wimbledon? Since when?", AskedFor.When)]
    [InlineData("Where was the final moved to?", AskedFor.Where)]
    [InlineData("Why was the ROC suspended?", AskedFor.Why)]
    [InlineData("Is the IOC being fair to Russia?", AskedFor.Judgement)]
    [InlineData("Can Belarusian athletes compete at Paris 2024?", AskedFor.YesNo)]
    [InlineData("Who is the IOC president?", AskedFor.Who)]
    [InlineData("Which country won the 2025 Zembla Cup?", AskedFor.Who)]
    [InlineData("Which nations boycotted the Harbour Games?", AskedFor.Who)]
    [InlineData("Which country hosted the 2025 Zembla Cup?", AskedFor.Where)]
    [InlineData("Which nations have boycotted the Harbour Games?", AskedFor.Who)]
    [InlineData("Which country will withdraw from the Zembla Cup?", AskedFor.Who)]
    [InlineData("Which country has hosted the Zembla Cup most often?", AskedFor.Where)]
    [InlineData("Which country was the final moved to?", AskedFor.Where)]
    [InlineData("Who will host the 2030 Zembla Cup?", AskedFor.Where)]
    [InlineData("Who hosts the hockey worlds instead of Ostland?", AskedFor.Where)]
    [InlineData("Who is hosting the 2026 Zembla Games?", AskedFor.Where)]
    public void A_question_is_read_for_the_kind_of_fact_it_asks_for(string question, AskedFor kind)
    {
        Assert.Equal(kind, QuestionKindReader.Read(question).Kind);
    }

    [Theory]
    [InlineData("Who won the 2022 World Cup?", "Who won the 2022 World Cup?")]
    [InlineData("Which fencer was guaranteed a Paris 2024 place by the IOC after a handshake row, and what did she win in Paris?", "Which fencer was guaranteed a Paris 2024 place by the IOC after a handshake row")]
    [InlineData("Who took over the club; when did he start?", "Who took over the club")]
    [InlineData("Can Russians play at Wimbledon? Since when?", "Can Russians play at Wimbledon?")]
    [InlineData("Which teams did Russia and Belarus play?", "Which teams did Russia and Belarus play?")]
    public void What_a_question_asks_for_is_read_from_its_own_clause_not_a_second_question(string question, string first) =>
        Assert.Equal(first, QuestionClauses.First(question));

    [Theory]
    [InlineData("What is an AIN?", "AIN")]
    [InlineData("What does AIN stand for?", "AIN")]
    [InlineData("Who is Litvinovich?", "Litvinovich")]
    public void A_definition_question_names_its_subject(string question, string subject)
    {
        var (kind, asked, _) = QuestionKindReader.Read(question);

        Assert.Equal(AskedFor.WhatIs, kind);
        Assert.Equal(subject, asked);
    }

    [Fact]
    public void How_many_and_which_people_questions_name_what_they_ask_for()
    {
        Assert.Equal((AskedFor.HowMany, (string?)null, "medals"), QuestionKindReader.Read("How many medals did neutral athletes win?"));
        Assert.Equal((AskedFor.Who, (string?)null, "officials"), QuestionKindReader.Read("Which Belarusian officials did the IOC exclude?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "shirts"), QuestionKindReader.Read("How many of the shirts did Hummel sell?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "old"), QuestionKindReader.Read("How old was Griner when she was arrested?"));
        Assert.Equal((AskedFor.Who, (string?)null, "judge"), QuestionKindReader.Read("What was the name of the judge who sentenced her?"));
    }

    [Theory]
    [InlineData("Then: who bought Newcastle in 2021?", AskedFor.Who)]
    [InlineData("so who actually owns the club now", AskedFor.Who)]
    [InlineData("OK, when did the ban start?", AskedFor.When)]
    [InlineData("Anyway why was he deported?", AskedFor.Why)]
    public void Words_that_open_a_question_without_asking_anything_do_not_hide_what_it_asks(string question, AskedFor kind) =>
        Assert.Equal(kind, QuestionKindReader.Read(question).Kind);

    [Theory]
    [InlineData("Who did Newcastle hire as manager after the takeover?", "manager")]
    [InlineData("Then: who chairs the fund?", "chairs")]
    [InlineData("What was the name of the judge who sentenced her?", "judge")]
    [InlineData("What was the name of the Zemblan judge who sentenced her?", "judge")]
    [InlineData("What is the name of the new IOC official in charge?", "official")]
    [InlineData("Who did Djokovic beat?", null)]
    public void A_who_question_names_the_relation_its_answer_must_state(string question, string? relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(question));

    [Fact]
    public void A_sentence_opening_with_it_is_quoted_with_the_sentence_before()
    {
        var sentences = ArticleSentences.Read("The Court of Arbitration for Sport dismissed the appeals of the Russian clubs. It held that both bodies had acted within their powers.");

        Assert.Equal("The Court of Arbitration for Sport dismissed the appeals of the Russian clubs. It held that both bodies had acted within their powers.", sentences[1].WithAntecedent);
        Assert.Null(sentences[0].Antecedent);
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

        Assert.Equal("Its decision to move the final to Paris was unanimous.", sentences[3].Antecedent);
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

    [Fact]
    public void How_much_followed_by_a_verb_or_of_asks_for_an_amount_not_for_a_counted_noun()
    {
        Assert.Equal((AskedFor.HowMany, (string?)null, "much"), QuestionKindReader.Read("how much did ashley flog the club for"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "much"), QuestionKindReader.Read("How much of Newcastle does the PIF own?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "money"), QuestionKindReader.Read("How much money did the deal raise?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, null), QuestionKindReader.Read("How many did Russia win?"));
    }

    [Theory]
    [InlineData("How many Australian Open titles did Djokovic have when he was deported?", "titles")]
    [InlineData("How many neutral athletes won medals in Paris?", "athletes")]
    [InlineData("How many Russian people were at the final?", "people")]
    [InlineData("How many medals did neutral athletes win?", "medals")]
    public void A_how_many_question_counts_its_first_plural_noun_not_the_word_before_it(string question, string counted) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, counted), QuestionKindReader.Read(question));

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

    /// <summary>The sentence answers a how-many (or how-much, or what-result) question asking for <paramref name="asked"/>.</summary>
    private static bool GivesCount(string asked, string sentence) =>
        FactSpotter.Missing(AskedFor.HowMany, sentence, Context() with { AskedWord = asked, AskedStem = Matcher.StemOf(asked) }) is null;

    [Theory]
    [InlineData("How did Denmark get on at the Qatar World Cup?", "result")]
    [InlineData("how did the aussies do in paris", "result")]
    [InlineData("How has Russia fared since the ban?", "result")]
    [InlineData("How does the IOC do its eligibility checks?", null)]
    public void How_did_a_team_get_on_asks_for_how_it_ended_for_them(string question, string? asked)
    {
        var (asks, _, counted) = QuestionKindReader.Read(question);

        Assert.Equal(asked, counted);
        Assert.Equal(asked is null ? AskedFor.Open : AskedFor.HowMany, asks);
    }

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

    [Theory]
    [InlineData("Who chairs the working group on transgender inclusion?", "chairs")]
    [InlineData("Who carried the American flag at the opening ceremony?", "carried")]
    [InlineData("Who is the chief executive of Cricket Australia?", "executive")]
    [InlineData("who was the president of the IOC in 2022", "president")]
    [InlineData("Who is the new Newcastle manager?", "manager")]
    [InlineData("Who is Newcastle's chairman now?", null)]
    [InlineData("Who was Iran's captain?", "captain")]
    [InlineData("Who was Iran's captain against England?", "captain")]
    [InlineData("Who was Ostland's coach for the final?", "coach")]
    [InlineData("Who was Haas team principal when Mazepin was dropped?", "principal")]
    [InlineData("Who is Zembla captain?", "captain")]
    [InlineData("Who will lead Ostland at the 2028 Games?", "lead")]
    [InlineData("Who will replace Anna Berg as Zembla captain at the 2028 Games?", "captain")]
    [InlineData("Who will succeed Thomas Bach as the IOC President?", "succeed")]
    [InlineData("Who will be Ostland Athletics president at the 2028 Games?", "president")]
    [InlineData("Who was appointed coach of Ostland after the final?", "appointed")]
    [InlineData("Who was chosen to carry the flag?", "chosen")]
    [InlineData("Who was made head of the new federation?", null)]
    [InlineData("Who has been appointed coach of Ostland?", "appointed")]
    [InlineData("Who has coached Zembla since 2020?", "coached")]
    [InlineData("Who was beaten by Kharlan in Milan?", null)]
    [InlineData("Who did Kharlan beat in Milan?", null)]
    [InlineData("Which country boycotted the Beijing Games?", "boycotted")]
    [InlineData("Which Zembla athlete was chosen to carry the flag?", "chosen")]
    [InlineData("Which team won the 2022 World Cup?", null)]
    [InlineData("Who is Litvinovich?", null)]
    public void A_who_question_names_what_the_person_did_or_is(string question, string? relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(question));

    /// <summary>"Where was Djokovic held…?" had been answered with his flight out: "an immigration detention hotel" was no place.</summary>
    [Theory]
    [InlineData("He was held at an immigration detention hotel in Melbourne.", true)]
    [InlineData("She was sent to a penal colony.", true)]
    [InlineData("He was held for five days before the hearing.", false)]
    public void The_kind_of_place_someone_is_held_in_answers_where(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Where, sentence, Context() with { Names = [Name("melbourne")] }) is null);

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

    /// <summary>"Aryna Sabalenka of Belarus won the Australian Open…" had been refused as Belarus's win: before a verb, the capitalised words are who did it.</summary>
    [Theory]
    [InlineData("Ostland's Lia Varga won the Harbour Open on 9 May.")]
    [InlineData("Lia Varga of Ostland won the Harbour Open on 9 May.")]
    public void The_winner_named_before_the_win_verb_answers_who_won(string sentence)
    {
        var context = Context() with { Names = [Name("harbour"), Name("open")], Relation = "won", AsksForWinner = true };

        Assert.Null(FactSpotter.Missing(AskedFor.Who, sentence, context));
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

    [Fact]
    public void Explain_says_a_question_read_by_its_names_alone_needs_all_of_them_in_the_sentence()
    {
        var byNames = new EvidenceCheck(NamesInSource: true, NameInSentence: false, Focus: 0, FocusFound: true, FactMissing: null) { ByNamesOnly = true };
        var inEnglish = byNames with { ByNamesOnly = false };

        Assert.Equal("read by its names alone, and the sentence, with its headline, does not name them all", byNames.Verdict);
        Assert.Equal("neither the sentence nor its headline and opening paragraph name any of the question's names", inEnglish.Verdict);
    }

    /// <summary>"What did the Premier League say about the Saudi state?" was answered with "One obstacle was the Premier League's test…": it asks for the League's words.</summary>
    [Theory]
    [InlineData("What did the Premier League say about the Saudi state?", true)]
    [InlineData("what did amnesty have to say abt the newcastle buyout", true)]
    [InlineData("So how did Ukraine react to the decision?", true)]
    [InlineData("What did the Premier League decide about the Saudi state?", false)]
    [InlineData("What did Amnesty call sportswashing?", false)]
    [InlineData("What does the World Athletics rule say about transgender women?", false)]
    public void A_question_about_what_somebody_said_asks_for_their_words(string question, bool asksForWords) =>
        Assert.Equal(asksForWords, QuestionClauses.Speaker(question) is not null);

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
    public void Only_the_one_the_question_asks_to_speak_answers_it(string question, string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Open, sentence, SpeakerContext(question)) is null);

    private static FactContext SpeakerContext(string question) =>
        new(
            [Name("premier"), Name("league"), Name("ioc"), Name("putin")], null, null, null, [], false, Matcher,
            Speaker: [.. QuestionClauses.Speaker(question)!.Select(w => Matcher.Term(w, char.IsUpper(w[0])))],
            QuestionWords: new HashSet<string> { Matcher.StemOf("amnesty") });

    /// <summary>"Which city hosted the final?" was answered with "The city's stadium is closely associated with Gazprom": a venue word is a place only with a name beside it, and "in UEFA competitions" names a body.</summary>
    [Theory]
    [InlineData("The match will now be played at the Stade de France in Saint-Denis.", true)]
    [InlineData("England won 6-2 at the Khalifa International Stadium.", true)]
    [InlineData("The city's stadium is closely associated with Gazprom, the energy company.", false)]
    [InlineData("Officials said the stadium would be ready by the summer.", false)]
    [InlineData("Clubs competing in UEFA competitions must play at neutral grounds.", false)]
    [InlineData("She had spent several seasons playing in the US.", true)]
    public void A_venue_answers_where_only_with_its_name_and_a_body_is_no_place(string sentence, bool answers) =>
        Assert.Equal(answers, FactSpotter.Missing(AskedFor.Where, sentence, Context()) is null);

    [Theory]
    [InlineData("Nordic Union President Lena Dahl wrote to the fencer.", true)]
    [InlineData("The panel is chaired by Nordic Union Vice-President Ola Brand.", false)]
    [InlineData("The union's deputy president, Ola Brand, chairs the panel.", false)]
    public void A_deputy_does_not_hold_the_role_asked_about(string sentence, bool says) =>
        Assert.Equal(says, (Context() with { Relation = "president" }).SaysRelation(sentence));

    private static FactContext Context(bool asksForWinner = false, bool asksForPeople = false, string? subject = null) =>
        new([Name("ioc"), Name("roc"), Name("russia")], null, null, subject, subject is null ? [] : new AliasTable().Expand(subject), asksForWinner, Matcher, asksForPeople);

    private static QueryTerm Name(string word) => Matcher.Term(word, isName: true);
}
