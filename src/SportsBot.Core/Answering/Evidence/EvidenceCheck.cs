namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// Why a sentence does or does not answer a question. "Known" means some sentence passes every rule:
/// <list type="bullet">
/// <item><see cref="NamesInSource"/>: the source names everything the question names (people, bodies, events, years;
/// not a word the asker typed in lower case that is a name only because other stories capitalise it, "regatta"),
/// and is about the sport the question names, or the sentence is (<see cref="AboutTheSport"/>);</item>
/// <item><see cref="AboutTheAskedTime"/>: a year the question asks about ("the 2022 Australian Open") is named by the sentence, its headline or its story's date, or the sentence names no other year in a story from before it; and a day the question asks about ("on 19 October") is the sentence's, if it dates its news by the day;</item>
/// <item><see cref="NameInSentence"/>: the sentence (or the one it points back to, or the story's headline or opening paragraph) names at least one of them,
/// a name of several capitalised words as a whole ("World Athletics" does not name "World Aquatics"), the role a who-question asks about not counting as one, nor a year when the question names anything else;
/// a sentence naming another of its kind ("the World Junior Championship" for "the World Championship") is not about the one its headline or opening names;</item>
/// <item><see cref="FocusFound"/>: it mentions at least half of what the question asks about them (its other words, in any form or a word of the same concept, or for a yes/no question of the opposite one, "banned" for "allowed"; not only inside the name of a body or event the question does not name: "athletes" in "the Zembla Athletics Championships"; for a who-question with other words, not its deed alone), or says the same in other words (it is the source's sentence closest to the question, and close), or, for a what-is question, defines its subject (the question's other words only say which one is meant), or names one of the question's names and gives what the question asks about a matter another sentence of its story states (a cause for a why-question; for "Is Griner still in custody?" that it ended or stays);</item>
/// <item><see cref="FactMissing"/> is null: it carries the kind of fact asked for (a date for "when", or the opening of a dated story telling its news as just happened, "has announced…", for "who" a name and what the question asks the person to have done or be: "chairs", "chief executive"…).</item>
/// </list>
/// A question in another language searched as written (no model to translate it) is read by its names alone: its
/// other words are not checked, and the sentence (with the one it points back to, or the headline) must name them all.
/// </summary>
public sealed record EvidenceCheck(bool NamesInSource, bool NameInSentence, double Focus, bool FocusFound, string? FactMissing)
{
    /// <summary>A sport the question names ("football") is named, itself or by its bodies and competitions (<see cref="Search.SportTable"/>), in the source's title or opening, or else in the sentence (read with the one it points back to).</summary>
    public bool AboutTheSport { get; init; } = true;

    /// <summary>
    /// The question names a sport its story's headline is not about, and the sentence names it in passing ("Swimming's
    /// governing body adopted a similar rule" in a story about athletics): a story about that sport leads before it.
    /// </summary>
    public bool SportInPassing { get; init; }

    /// <summary>A year the question names as the time of what it asks is the sentence's too (<see cref="AskedYears"/>): named by it, its headline or its story's date; and a day it names is, when the sentence dates its news by the day.</summary>
    public bool AboutTheAskedTime { get; init; } = true;

    /// <summary>Its focus was found only as the source's sentence closest in meaning to the question, not in its words: it answers, after those that say the question's words.</summary>
    public bool ByMeaningOnly { get; init; }

    /// <summary>Its focus was found only because it gives what the question asks about a matter another sentence of its story states (a cause, or that a state ended or stays).</summary>
    public bool ByStatedMatter { get; init; }

    /// <summary>It says the question's words itself: such a sentence leads before one that answers only in meaning or about a matter stated elsewhere.</summary>
    public bool SaysTheWords => !ByMeaningOnly && !ByStatedMatter;

    /// <summary>
    /// It names none of the question's names itself, only its story's opening paragraph does, and it speaks of somebody
    /// it does not name ("The referee then gave her a black card" in a story opening "Ostlandic fencer Mira Kolar… in
    /// Vell"). Quoted alone it would not say whom it is about, and the citation shows the headline, not the opening: so
    /// the answer opens with the story's opening sentence. One that says it all itself is quoted alone.
    /// </summary>
    public bool NamedByOpeningOnly { get; init; }

    /// <summary>The sentence itself (with what it refers to) names one of the question's names, not only its story's headline or opening.</summary>
    public bool NamesItself { get; init; }

    /// <summary>Its story's headline or opening reports the event the question places its fact after: "after the appeal" is told by the appeal's story.</summary>
    public bool StoryOfTheEventBefore { get; init; }

    /// <summary>Stems of the question's other words the sentence says (itself or with what it refers to), in any form or a word of the same concept.</summary>
    public IReadOnlySet<string> FocusSaid { get; init; } = new HashSet<string>();

    /// <summary>The question was read by its names alone (<see cref="NameInSentence"/> then means all of them).</summary>
    public bool ByNamesOnly { get; init; }

    public bool Passes => NamesInSource && AboutTheAskedTime && NameInSentence && FocusFound && FactMissing is null;

    /// <summary>The first rule that failed, in words (for <c>ask --explain</c>).</summary>
    public string Verdict =>
        !AboutTheSport ? "neither the source nor the sentence is about the sport the question names"
        : !NamesInSource ? "the source does not name everything the question names"
        : !AboutTheAskedTime ? "the sentence is about another year or day than the one the question asks about"
        : !NameInSentence && ByNamesOnly ? "read by its names alone, and the sentence, with its headline, does not name them all"
        : !NameInSentence ? "neither the sentence nor its headline and opening paragraph name any of the question's names"
        : !FocusFound ? $"the sentence mentions {Focus:P0} of the question's other words"
        : FactMissing is { } missing ? missing
        : ByStatedMatter ? "answers about the matter another sentence of its story states (one that says the question's words leads before it)"
        : ByMeaningOnly ? "answers, as the source's sentence closest in meaning (one that says the question's words leads before it)"
        : "answers";
}
