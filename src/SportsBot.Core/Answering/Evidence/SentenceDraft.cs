using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A sentence of a retrieved source being judged: what the rules found in it, before it becomes an <see cref="EvidenceSentence"/>.</summary>
internal sealed class SentenceDraft(RetrievedPassage passage, int rank, ArticleSentence sentence, bool namesInSource, double namesHere, double focus, int focusTerms, string? missing)
{
    public RetrievedPassage Passage { get; } = passage;

    public int Rank { get; } = rank;

    public ArticleSentence Sentence { get; } = sentence;

    public bool NamesInSource { get; } = namesInSource;

    public bool AboutTheSport { get; init; } = true;

    /// <summary>The question names a sport its story's headline is not about: the sentence names it in passing.</summary>
    public bool SportInPassing { get; init; }

    /// <summary>The sentence is about the year and day the question asks about, if it names them (<see cref="AskedYears"/>).</summary>
    public bool AboutTheAskedTime { get; init; } = true;

    public bool TitleNames { get; init; }

    /// <summary>The story's opening paragraph, not its headline, names one of the question's names, and the sentence names no other of its kind.</summary>
    public bool OpeningNames { get; init; }

    public bool ForJudgement { get; init; }

    public bool ByNamesOnly { get; init; }

    public bool AllNamed { get; init; }

    /// <summary>A what-is question: a sentence that defines its subject answers without the words that only say which one is meant ("the PIF that bought Newcastle").</summary>
    public bool ForDefinition { get; init; }

    /// <summary>The share of the question's other words the sentence says itself (with what it points back to), not through the sentence before it.</summary>
    public double OwnFocus { get; init; }

    /// <summary>Of a who-question's words it says only the deed (<see cref="QuestionReading.FocusBesideTheDeed"/>): "the leadership stayed in place" for "Who stayed silent during the anthem?".</summary>
    public bool SaysOnlyTheDeed { get; init; }

    /// <summary>Stems of the question's other words the sentence says (<see cref="EvidenceCheck.FocusSaid"/>).</summary>
    public IReadOnlySet<string> FocusSaid { get; init; } = new HashSet<string>();

    /// <summary>The story's headline or opening reports the event the question places its fact after (<see cref="QuestionReading.EventBefore"/>).</summary>
    public bool StoryOfTheEventBefore { get; init; }

    /// <summary>
    /// The sentence gives what the question asks about a matter its story states in another sentence: the cause for a
    /// why-question ("The IOC has suspended the ROC…", then "…a breach of the Olympic Charter because it
    /// violated…"), what changed or stayed for "Is Griner still in custody?" ("…spent almost ten months in Russian
    /// custody", then "was released by Russia on 8 December 2022").
    /// </summary>
    public bool AnswersTheStatedMatter { get; set; }

    public string? Missing => missing;

    public bool NamesHere => namesHere > 0 || TitleNames || OpeningNames;

    /// <summary>The sentence itself (with the one it points back to) names one of the question's names, not only its headline.</summary>
    public bool NamesItself => namesHere > 0;

    public double Lexical { get; } = namesHere + focus;

    public double Similarity { get; set; }

    public bool SaysTheSame { get; set; }

    /// <summary>The share of the first question's other words the sentence says, when the message asks two (<see cref="QuestionReading.FirstClauseFocus"/>).</summary>
    public double FirstClauseFocus { get; init; }

    /// <summary>
    /// Half of what the question asks about its names, or two of its words when it asks with many; in a message of two
    /// questions, half of what the first asks. A judgement needs none: a side answers the matter in its own words ("The
    /// organisers rejected Hummel's claims"), and the position, the names and a source on the matter are checked apart.
    /// </summary>
    public bool SaysFocus => focus >= 0.5 || Math.Round(focus * focusTerms) >= 2 || ForJudgement || FirstClauseFocus >= 0.5;

    public EvidenceSentence ToEvidence()
    {
        // A position seldom repeats the question, hence no word of it needed for a judgement (SaysFocus). Read by names alone, the
        // question's other words are in a language these rules do not read: the sentence must name all its names instead.
        var check = ByNamesOnly
            ? new EvidenceCheck(NamesInSource, namesHere > 0 && AllNamed, focus, FocusFound: true, missing) { AboutTheSport = AboutTheSport, AboutTheAskedTime = AboutTheAskedTime, ByNamesOnly = true }
            : new EvidenceCheck(NamesInSource, NamesHere, focus, SaysFocus || SaysTheSame || (ForDefinition && missing is null) || AnswersTheStatedMatter, missing) { AboutTheSport = AboutTheSport, SportInPassing = SportInPassing, AboutTheAskedTime = AboutTheAskedTime, ByMeaningOnly = !SaysFocus && SaysTheSame && !AnswersTheStatedMatter, ByStatedMatter = !SaysFocus && AnswersTheStatedMatter, FocusSaid = FocusSaid, NamedByOpeningOnly = !NamesItself && OpeningNames && ArticleSentences.SpeaksOfSomeoneUnnamed(Sentence.Text), NamesItself = NamesItself, StoryOfTheEventBefore = StoryOfTheEventBefore };
        // Closeness first, then how much of the question the sentence says, then how close its article came in
        // retrieval; the opening paragraph of a news story is where its answer usually is.
        var score = Similarity + (0.25 * OwnFocus) + (0.1 * namesHere) + (0.3 * Passage.Similarity) + (Sentence.Paragraph == 0 ? 0.03 : 0);
        return new EvidenceSentence(Passage, Rank, Sentence, Similarity, check, score);
    }
}
