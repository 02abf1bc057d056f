using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Tests.Answering;

/// <summary>The rules a question is read by: the kind of fact it asks for, its first clause, and the subject, noun, relation or speaker it names, without a model or a store.</summary>
public sealed class QuestionReadingRuleTests
{
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
    [InlineData("Where did Haddi finish in the 100 metres butterfly?", AskedFor.HowMany)]
    [InlineData("where does the dornholm marathon finish now", AskedFor.Where)]
    [InlineData("Where will the torch relay finish?", AskedFor.Where)]
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
    [InlineData("How many titles did he have when he was deported, and how many after his comeback?", "How many titles after his comeback?")]
    [InlineData("How many medals did Ostland win in 2022, and how many in 2024?", "How many medals in 2024?")]
    [InlineData("How many clubs voted for it, and how many clubs voted against?", "How many clubs voted against?")]
    [InlineData("How long was the ban, and how many after that?", "How many after that?")]
    public void A_second_how_many_that_names_nothing_counts_what_the_first_counts(string question, string second) =>
        Assert.Equal(second, QuestionClauses.Second(question));

    [Theory]
    [InlineData("What is an AIN?", "AIN")]
    [InlineData("What does AIN stand for?", "AIN")]
    [InlineData("Who is Litvinovich?", "Litvinovich")]
    [InlineData("What is FINA called now?", "FINA")]
    public void A_definition_question_names_its_subject(string question, string subject)
    {
        var (kind, asked, _) = QuestionKindReader.Read(question);

        Assert.Equal(AskedFor.WhatIs, kind);
        Assert.Equal(subject, asked);
    }

    /// <summary>"how far inside the military zone was the yacht" and "how long is one lap of the street track" ask for distances; a team's run in a tournament and a programme's length do not.</summary>
    [Theory]
    [InlineData("how far inside the military zone was the yacht really", "distance")]
    [InlineData("How far were the border buoys moved?", "distance")]
    [InlineData("how long is one lap of the street track in port selden?", "course length")]
    [InlineData("How long is the Skerra Sea Race?", "course length")]
    [InlineData("Indonesia hosted the Under-20 World Cup, so how far did the home side get?", null)]
    [InlineData("How long was the programme that went out without pundits?", "long")]
    public void A_distance_is_asked_by_how_far_and_by_how_long_a_course_is(string question, string? asked) =>
        Assert.Equal(asked, QuestionKindReader.Read(question).AskedNoun);

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
    [InlineData("what's the name of istrova's head coach", "coach")]
    [InlineData("Who did Djokovic beat?", "beat")]
    [InlineData("who was Tomas Rolan fighting the night he collapsed", "fighting")]
    [InlineData("who is going to be Vessia's new prime minister after the election?", "minister")]
    [InlineData("what's the name of the pellen police commander?", "commander")]
    [InlineData("What was the name of the Dynamo Pellen chief executive?", "chief")]
    [InlineData("Which judge handled Dynamo's challenge?", null)]
    [InlineData("whats the name of the Media Ombudsman who ruled on ferent?", "ombudsman")]
    public void A_who_question_names_the_relation_its_answer_must_state(string question, string? relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(question));

    [Fact]
    public void How_much_followed_by_a_verb_or_of_asks_for_an_amount_not_for_a_counted_noun()
    {
        Assert.Equal((AskedFor.HowMany, (string?)null, "much"), QuestionKindReader.Read("how much did ashley flog the club for"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "much"), QuestionKindReader.Read("How much of Newcastle does the PIF own?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "money"), QuestionKindReader.Read("How much money did the deal raise?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, null), QuestionKindReader.Read("How many did Russia win?"));
        Assert.Equal((AskedFor.HowMany, (string?)null, "much"), QuestionKindReader.Read("how much extra did the athletes village cost compared to the plan?"));
    }

    /// <summary>"who decides how much each former player gets?" was read as asking for an amount, and refused.</summary>
    [Fact]
    public void A_who_question_asks_for_a_person_though_an_amount_follows()
    {
        Assert.Equal(AskedFor.Who, QuestionKindReader.Read("who decides how much each former player gets?").Kind);
        Assert.Equal(AskedFor.HowMany, QuestionKindReader.Read("Who became UEFA president later that year, and with how many votes?").Kind);
        Assert.Equal(AskedFor.HowMany, QuestionKindReader.Read("Who bought Chelsea in 2022 and how much did he pay?").Kind);
    }

    [Theory]
    [InlineData("How many Australian Open titles did Djokovic have when he was deported?", "titles")]
    [InlineData("How many neutral athletes won medals in Paris?", "athletes")]
    [InlineData("How many Russian people were at the final?", "people")]
    [InlineData("How many medals did neutral athletes win?", "medals")]
    public void A_how_many_question_counts_its_first_plural_noun_not_the_word_before_it(string question, string counted) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, counted), QuestionKindReader.Read(question));

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
    [InlineData("Who chairs the working group on transgender inclusion?", "chairs")]
    [InlineData("Who carried the American flag at the opening ceremony?", "carried")]
    [InlineData("Who is the chief executive of Cricket Australia?", "executive")]
    [InlineData("who was the president of the IOC in 2022", "president")]
    [InlineData("Who is the new Newcastle manager?", "manager")]
    [InlineData("Who is Newcastle's chairman now?", "chairman")]
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
    [InlineData("Who did Kharlan beat in Milan?", "beat")]
    [InlineData("Which country boycotted the Beijing Games?", "boycotted")]
    [InlineData("Which Zembla athlete was chosen to carry the flag?", "chosen")]
    [InlineData("Which team won the 2022 World Cup?", null)]
    [InlineData("Who is Litvinovich?", null)]
    [InlineData("who was the kissing scandal about", null)]
    [InlineData("Which team got the final after Ostland lost it?", null)]
    public void A_who_question_names_what_the_person_did_or_is(string question, string? relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(question));

    /// <summary>
    /// "Who did Tarvonia's sports ministry install…?" had been read as asking who did "sports"; "Who took over running
    /// the race…?" as who took something; "who's the ex-champion who went public…?" as who won.
    /// </summary>
    [Theory]
    [InlineData("Who did Orvania's sports ministry install to run the federation?", "install")]
    [InlineData("Who took over running the race after Pevic stepped aside?", "running")]
    [InlineData("Who is the ex-champion who went public about the academy?", "champion")]
    [InlineData("Who stepped in as interim coach?", "replace")]
    public void A_who_question_s_deed_is_read_past_whom_it_names_and_what_it_describes(string question, string? relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(question));

    /// <summary>"How much of a transfer fee…", "How big a fine…" and "how much grant money…" ask for an amount of a fee, a fine and money.</summary>
    [Theory]
    [InlineData("How much of a transfer fee did Hollin pay for Colley?", "fee")]
    [InlineData("How big a fine did the court give Griner?", "fine")]
    [InlineData("how much grant money can the federation not account for?", "money")]
    [InlineData("How much development funding did the IJU freeze?", "funding")]
    public void An_amount_is_asked_of_the_noun_it_is_said_with(string question, string noun)
    {
        Assert.Equal((AskedFor.HowMany, (string?)null, noun), QuestionKindReader.Read(question));
        Assert.True(QuestionKindReader.AsksForAmountOf(question));
    }

    /// <summary>"when will the new kaldoria rugby shirt first be worn" had been read as about the past.</summary>
    [Fact]
    public void First_in_a_question_put_in_the_future_is_not_the_past() =>
        Assert.False(new QueryAnalyzer(new AliasTable()).Analyze("when will the new shirt first be worn").AboutThePast);

    /// <summary>"who's the title sponsor of the aldmoor invitational now" had been read as asking who won a title.</summary>
    [Theory]
    [InlineData("who's the title sponsor of the Aldmoor Invitational now", "sponsor")]
    [InlineData("Who’s the captain of Marovia?", "captain")]
    [InlineData("who's been appointed coach of Ostland?", "appointed")]
    [InlineData("who is veltra's ceo", "executive")]
    [InlineData("who's going to be vessia's new prime minister after the election?", "minister")]
    public void Who_s_and_ceo_are_read_as_a_story_writes_them(string question, string? relation) =>
        Assert.Equal(relation, QuestionClauses.WhoRelation(QuestionShorthand.Expand(question)));

    [Fact]
    public void A_fan_s_shorthand_for_what_is_counted_is_read_as_the_word_a_story_writes() =>
        Assert.Equal((AskedFor.HowMany, (string?)null, "people"), QuestionKindReader.Read(QuestionShorthand.Expand("how many ppl got hurt at the semi final")));

    /// <summary>"is mardell's fine still 450k" was refused: no story writes a sum so, and "450k" was read as a name.</summary>
    [Theory]
    [InlineData("is mardell's fine still 450k after the appeal?", "is mardell's fine still 450,000 after the appeal?")]
    [InlineData("grants were cut to 57m", "grants were cut to 57 million")]
    [InlineData("a €1.2bn bid", "a €1.2 billion bid")]
    [InlineData("who won the 100m in Rome", "who won the 100m in Rome")]
    [InlineData("she ran the 10k", "she ran the 10km")]
    [InlineData("he survived a 10 m fall", "he survived a 10 m fall")]
    [InlineData("a $100m deal", "a $100 million deal")]
    public void A_sum_written_short_is_read_as_a_story_writes_it(string question, string read) =>
        Assert.Equal(read, QuestionShorthand.Expand(question));

    /// <summary>"how many sigs did the brenmore rowing club petition get" was refused: stories write "signatures".</summary>
    [Theory]
    [InlineData("how many sigs did the petition get", "how many signatures did the petition get")]
    [InlineData("oakhurst got left out cos she was injured", "oakhurst got left out because she was injured")]
    public void A_fan_s_clipped_words_are_read_as_a_story_writes_them(string question, string read) =>
        Assert.Equal(read, QuestionShorthand.Expand(question));

    /// <summary>"whats the max training fee going to be from july" was answered with the old €150,000 cap: the story that lowers it writes "the maximum fee".</summary>
    [Fact]
    public void A_clipped_max_is_read_as_the_maximum_a_story_writes() =>
        Assert.Equal("whats the maximum training fee going to be from july", QuestionShorthand.Expand("whats the max training fee going to be from july"));

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

    /// <summary>An active who-question's deed is done to the name right after its verb; a passive one asks for whom it was done to.</summary>
    [Theory]
    [InlineData("Who replaced Kolar as coach?", "Kolar")]
    [InlineData("Who banned Ostland athletes from the Harbour Games?", "Ostland")]
    [InlineData("Who was replaced by Mira Vance?", "")]
    [InlineData("Who won the Harbour Open?", "Harbour Open")]
    public void Whom_an_active_deed_is_done_to_is_named_right_after_its_verb(string question, string doneTo)
    {
        Assert.Equal(doneTo, string.Join(' ', QuestionClauses.DeedDoneTo(question)));
    }

    [Theory]
    [InlineData("who's running the marathon these days", "who is running the marathon now")]
    [InlineData("who runs the federation nowadays?", "who heads the federation now?")]
    [InlineData("is he still banned at the moment?", "is he still banned now?")]
    public void These_days_is_now(string question, string read) =>
        Assert.Equal(read, QuestionShorthand.Expand(question));

    [Theory]
    [InlineData("who's running the league these days", "who heads the league now")]
    [InlineData("who is running Brask United?", "who heads Brask United?")]
    [InlineData("who runs the estravian skating union", "who heads the estravian skating union")]
    [InlineData("who ran the dornholm marathon fastest?", "who ran the dornholm marathon fastest?")]
    [InlineData("whos in charge of the fan group our club our vote", "who is in charge of the fan group our club our vote")]
    [InlineData("when does the ticket cap kick in?", "when does the ticket cap start?")]
    [InlineData("what was the score in the u17 final?", "what was the score in the under-17 final?")]
    [InlineData("who coached the U-20 side", "who coached the under-20 side")]
    [InlineData("is u2 playing the final", "is u2 playing the final")]
    public void A_fan_s_phrase_is_read_in_a_story_s_words(string question, string read) =>
        Assert.Equal(read, QuestionShorthand.Expand(question));

    [Theory]
    [InlineData("which three NBL arenas never had the cameras installed?", "arenas")]
    [InlineData("Which two football grounds were testing face cameras?", "grounds")]
    [InlineData("which neighbouring countries have the cheaper peaks?", "countries")]
    [InlineData("Which club is Sarkany at now?", null)]
    [InlineData("What rules did the league change?", null)]
    [InlineData("which tennis legend did Washington send to the Games?", null)]
    public void A_which_question_names_the_things_it_asks_to_be_named(string question, string? noun) =>
        Assert.Equal(noun, QuestionClauses.WhichNoun(question));

    [Theory]
    [InlineData("which party is lind an MP for", "party")]
    [InlineData("Which court sided with Varosh?", "court")]
    [InlineData("which political party does she represent?", "party")]
    [InlineData("Which party's leader resigned?", null)]
    [InlineData("Which club is Sarkany at now?", null)]
    public void A_which_question_names_the_kind_of_body_it_asks_for(string question, string? kind) =>
        Assert.Equal(kind, QuestionClauses.WhichKind(question));
}
