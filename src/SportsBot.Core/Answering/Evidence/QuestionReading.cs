using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A question as the evidence rules read it: its names, the words of what it asks about them, and the fact kind.</summary>
/// <param name="Names">Names of people, bodies, places, events and years: the source must name them all.</param>
/// <param name="Focus">The other content words: what the question asks about those names.</param>
public sealed record QuestionReading(QueryAnalysis Query, IReadOnlyList<QueryTerm> Names, IReadOnlyList<QueryTerm> Focus, FactContext Facts)
{
    public AskedFor Asks => Query.Asks;

    /// <summary>Names the asker wrote in lower case that are names only because the retrieved stories write them capitalised.</summary>
    public IReadOnlyList<QueryTerm> NamesBySourcesOnly { get; init; } = [];

    /// <summary>
    /// Whom a yes/no question asks about, as written right after its verb ("Ostria" in "Did Ostria appeal to CAS?"):
    /// the sources must name it, and a sentence telling what another did does not answer. Null for any other question.
    /// </summary>
    public string? YesNoSubject { get; init; }

    /// <summary>
    /// The role of one who stands beside a name the question asks about ("coach" in "How long was Varsk's coach
    /// banned?"): a sentence about the name itself does not answer. Null when the question asks about no such one.
    /// </summary>
    public QueryTerm? HolderAsked { get; init; }

    /// <summary>
    /// The name of the one the question asks was punished ("Marovia" in "How much was Marovia fined?"): a sentence on
    /// a fine or ban that names only others as punished is about theirs. Empty when it asks of no such one.
    /// </summary>
    public IReadOnlyList<string> SanctionedAsked { get; init; } = [];

    /// <summary>The plural noun a which-question asks to name ("arenas" in "Which three arenas…?"); null for any other question.</summary>
    public string? WhichNoun { get; } = QuestionClauses.WhichNoun(QuestionClauses.First(Query.Question));

    /// <summary>The which-question says how many it asks to name ("Which four centres…", "the names of the two men").</summary>
    public bool WhichCounted { get; } = QuestionClauses.WhichCounted(QuestionClauses.First(Query.Question));

    /// <summary>The kind of body a which-question asks to name by a name carrying it ("party" in "Which party…?"); null for any other question.</summary>
    public string? WhichKind { get; } = QuestionClauses.WhichKind(QuestionClauses.First(Query.Question));

    /// <summary>"Exactly how many…": the question asks for a figure, not a rough count.</summary>
    public bool AsksExactly { get; } = QuestionClauses.AsksExactly(Query.Question);

    /// <summary>The first question of a message that asks two ("Who was disqualified…, and what did Bach promise her?"); null for a single question.</summary>
    public string? FirstClause { get; } = QuestionClauses.FirstOfTwo(Query.Question);

    /// <summary>
    /// The focus of the first question of a message that asks two ("Who was Iran's captain, and what did he say about
    /// the situation at home?"): a sentence answering the first need say only its words. Empty for a single question.
    /// </summary>
    public IReadOnlyList<QueryTerm> FirstClauseFocus { get; } = QuestionClauses.FirstOfTwo(Query.Question) is { } first
        ? [.. Focus.Where(f => QuestionClauses.Says(first, f.Word))]
        : [];

    /// <summary>
    /// "Which Russian clubs appealed…", "Which countries…": the question asks to name several, and a sentence listing
    /// them ("the clubs CSKA Moscow, Zenit St Petersburg, Dynamo Moscow and FC Sochi") answers it before one that only
    /// counts them ("four Russian clubs").
    /// </summary>
    public bool AsksForSeveral { get; } = Query.Asks == AskedFor.Who && QuestionKindReader.AsksForSeveral(QuestionClauses.First(Query.Question));

    /// <summary>
    /// "What happened to the ROC in October 2023?": an open question with no words besides its names asks for the news
    /// about them, which a story gives in its opening paragraph.
    /// </summary>
    public bool AsksOnlyAboutNames => Query.Asks == AskedFor.Open && Focus.Count == 0 && Names.Count > 0;

    /// <summary>
    /// The focus without the people a which-question asks for ("officials" in "Which officials did the IOC
    /// exclude?"): a sentence naming two people or more ("It names in particular Aleksandr Lukashenko, his son Viktor
    /// Lukashenko and Dmitry Baskov") answers for the word.
    /// </summary>
    public IReadOnlyList<QueryTerm> FocusBesideThoseListed => AsksForSeveral && Query.AskedNoun is { } noun
        ? [.. Focus.Where(f => !f.Word.Equals(noun, StringComparison.OrdinalIgnoreCase))]
        : Focus;

    /// <summary>
    /// A who-question's focus without its deed, which <see cref="FactContext.SaysRelation"/> checks on its own. Said
    /// alone the deed is no sign a sentence is about the matter ("Who replaced Bach as IOC president?" is not answered
    /// by "the handshake can be replaced by a salute"), so a sentence must say one of these words too, unless it is its
    /// story's sentence closest in meaning to the question. So is a how-many question's counted noun: "How many fans were
    /// arrested?" is not answered by "The north stand, which holds about 8,000 fans…". Empty when the question has no
    /// deed or no other word.
    /// </summary>
    public IReadOnlyList<QueryTerm> FocusBesideTheDeed { get; init; } = [];

    /// <summary>
    /// Focus words that say which fact is meant rather than what it is, which a story whose headline or opening says
    /// them need not repeat in the sentence that answers: those of the event the question places its fact after
    /// ("appeal", "ruling" of "…after the appeal ruling": "The four points handed back lift Kestrel Vale from 17th to
    /// 14th in the table", in the story of the appeal), and those describing the noun a how-many question asks the
    /// amount of ("salary cap" of "How big is the salary cap fine now?": "raised the fine from 450,000 crowns to
    /// 520,000 crowns", in the story of the salary cap case).
    /// </summary>
    public IReadOnlyList<QueryTerm> FocusSetByTheStory { get; init; } = [];

    /// <summary>The focus words of the event the question places its fact after ("appeal" of "…after the appeal?"); empty when it places it after none.</summary>
    public IReadOnlyList<QueryTerm> EventBefore { get; init; } = [];

    /// <summary>
    /// A yes/no question's deed (<see cref="QuestionClauses.YesNoDeed"/>), when it is among the focus: a sentence that
    /// does not say it, or its opposite, tells neither yes nor no ("Rubiales can appeal against the decision" for "Was
    /// Rubiales fined by the Spanish court?").
    /// </summary>
    public QueryTerm? YesNoDeed { get; } = Query.Asks == AskedFor.YesNo && QuestionClauses.YesNoDeed(QuestionClauses.First(Query.Question)) is { } deed
        ? Focus.FirstOrDefault(f => f.Word.Equals(deed, StringComparison.OrdinalIgnoreCase))
        : null;

    /// <summary>
    /// A yes/no, open, why or what-is question asks for an account, not for one datum (a person, a date, a place, a
    /// number) that a single sentence either carries or lacks: the sentences around the one that answers go on with it.
    /// </summary>
    public bool AsksForAnAccount => Asks is AskedFor.YesNo or AskedFor.Open or AskedFor.Why or AskedFor.WhatIs;

    /// <summary>Every word the rules look for in a text: its names and its focus.</summary>
    public IReadOnlyList<QueryTerm> Terms { get; } = [.. Names, .. Focus];

    /// <summary>The words of a pair of groups the question names ("junior", "women"; <see cref="EvidenceFinder"/>'s contrasts), read once.</summary>
    public IReadOnlySet<string> GroupWords { get; } = EvidenceFinder.GroupWordsOf(Query.Question);

    /// <summary>A when-question's end asked: true for when something ends, false for when it starts, null for neither or both.</summary>
    public bool? AsksTheEnd { get; } = Query.Asks == AskedFor.When ? EvidenceFinder.EndAsked(QuestionClauses.First(Query.Question)) : null;

    /// <summary>
    /// The years that are the time of the fact the question asks for (<see cref="AskedYears"/>). None for a yes/no
    /// question or a judgement: "Wimbledon banned Russians forever in 2022?" is settled by what changed in 2023.
    /// </summary>
    public IReadOnlyList<int> Years { get; } = Query.Asks is AskedFor.YesNo or AskedFor.Judgement ? [] : AskedYears.Of(Query.Question);

    /// <summary>The days that are the time of the fact the question asks for (<see cref="AskedYears.DaysOf"/>), on the same terms as <see cref="Years"/>.</summary>
    public IReadOnlySet<(int Day, int Month)> Days { get; } = Query.Asks is AskedFor.YesNo or AskedFor.Judgement or AskedFor.When ? new HashSet<(int, int)>() : AskedYears.DaysOf(Query.Question);
}
