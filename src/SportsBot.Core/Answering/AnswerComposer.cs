using Microsoft.Extensions.Options;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Builds an answer from the sentences that answer: the best one from the newest source that answers about as
/// well as the best (for a question about the past, simply the best), with the sentence it points back to; at
/// most <see cref="AnswerOptions.MaxSupporting"/> sentences that add to it; then older reports on the matter as
/// history, newest first. A source none of whose sentences answers is not cited. A message asking two things gets
/// the second's lead after the first's. A question asking for a judgement gets the attributed positions, each side
/// once, and no verdict.
/// </summary>
public sealed partial class AnswerComposer(TimeProvider time, IOptions<AnswerOptions> options)
{
    /// <summary>How far below the best sentence another may score and still count as answering "about as well".</summary>
    private const double AboutAsWell = 0.1;

    /// <summary>Share of the shorter sentence's words another shares with it to be a repeat, beside the lead and as history.</summary>
    private const double RepeatsBeside = 0.6;

    private const double RepeatsWhenOlder = 0.85;

    private readonly AnswerOptions _options = options.Value;

    public Answer Compose(EvidenceSet evidence, RetrievalResult retrieval)
    {
        var question = retrieval.Query.Question;
        var answering = evidence.Answering.ToList();

        // A follow-up ("Since when?") is not answered with the sentences of the answer it follows, when the sources say more.
        if (answering.Any(e => !WasSaid(retrieval.Query, e)))
        {
            answering = [.. answering.Where(e => !WasSaid(retrieval.Query, e))];
        }

        if (answering.Count == 0)
        {
            return ComposeForTheRest(evidence, retrieval) ?? Answer.NotCovered(question);
        }

        return evidence.Question.Asks == AskedFor.Judgement
            ? ComposePositions(question, answering)
            : ComposeAnswer(question, answering, evidence, retrieval);
    }

    /// <summary>
    /// The sentence is in the answer a follow-up follows, whatever case its first word took there ("As of 29 January
    /// 2024, the Court…").
    /// </summary>
    private static bool WasSaid(QueryAnalysis query, EvidenceSentence sentence) =>
        query.AlreadySaid?.Contains(sentence.Sentence.Text, StringComparison.OrdinalIgnoreCase) ?? false;

    private Answer ComposeAnswer(string question, List<EvidenceSentence> answering, EvidenceSet evidence, RetrievalResult retrieval, AnswerPart? openQuestion = null)
    {
        var query = retrieval.Query;
        var (lead, bestPerArticle) = LeadOf(evidence, answering);
        var best = bestPerArticle[0];
        var byNamesOnly = !query.SearchedInEnglish;

        // The sentence that carries a date, a name or a reason is often not the one that states the matter
        // ("The IOC has suspended the ROC…" then "It said the ROC's decision to include… breached the Charter").
        // When the article states the matter earlier and closer to the question, that sentence opens the answer.
        var opening = lead;
        // In a follow-up, a sentence the asker has just read opens the answer again only for a date or a place, which it
        // gives ("since when?" is answered by "announced on 31 March 2023"); "why?" asks for more than they read.
        var mayRepeat = evidence.Question.Asks is AskedFor.When or AskedFor.Where;
        if (StatesTheMatter(evidence, lead) is { } matter && (mayRepeat || !WasSaid(query, matter)))
        {
            opening = matter;
        }
        else if (lead.Check.NamedByOpeningOnly && StoryOpening(evidence, lead) is { } start && (mayRepeat || !WasSaid(query, start)))
        {
            opening = start;
        }

        var sources = new AnswerCitations();
        foreach (var said in evidence.Judged.Where(e => !mayRepeat && WasSaid(query, e)))
        {
            sources.AlreadySaid(said);
        }

        var parts = new List<AnswerPart>();
        if (query.AskedIn is { } language)
        {
            parts.Add(byNamesOnly ? LanguageNotes.MatchedByNames(language) : LanguageNotes.ReadAs(language, query.Question));
        }

        if (openQuestion is not null)
        {
            parts.Add(openQuestion);
        }

        if (evidence.Unsupported is [_, ..] unsupported)
        {
            parts.Add(new AnswerPart(AnswerRole.Note, $"My sources do not say {string.Join(" or ", unsupported)}. What they report:", []));
        }

        var verdict = YesNoVerdict.Of(evidence.Question, lead.Sentence.Text);
        if (verdict is { } yes)
        {
            parts.Add(new AnswerPart(AnswerRole.Verdict, yes ? "Yes." : "No.", []));
        }

        parts.Add(Part(AnswerRole.Lead, LeadIn.Current(opening.Passage.Article, sources.Quote(opening)), opening, sources));
        var used = new List<EvidenceSentence> { opening };
        var worked = ChangeWorkedOut(query, opening, sources);
        if (worked is not null)
        {
            parts.Add(worked);
        }

        if (opening != lead && Adds(lead, used, sources))
        {
            parts.Add(Part(AnswerRole.Supporting, sources.Quote(lead), lead, sources));
            used.Add(lead);
            if (worked is null && ChangeWorkedOut(query, lead, sources) is { } fromLead)
            {
                parts.Add(fromLead);
                worked = fromLead;
            }
        }

        // What adds to the lead comes from the same story: its own article, or another outlet's report of the same day.
        // From another outlet only a sentence that stands on its own: one that refers back brings the sentence it refers
        // to, and a same-day report may be of another matter ("The decisions were taken at the same Council meeting…").
        // A question spread over two stories keeps a place for the other story's answer.
        var supporting = _options.MaxSupporting - (evidence.SpreadOver.Count > 0 ? 1 : 0);

        // The lead's own account comes before whatever else of its story says the question's words. A sentence that
        // refers back to the lead ("It was the first gold…", "She said she would appeal") goes on telling its fact. So
        // does the next sentence of the lead's paragraph when the lead answers only in other words ("…left Australia
        // on 16 January", then "…the day before the Australian Open was due to begin"), or when the question asks for
        // an account rather than one datum (QuestionReading.AsksForAnAccount): "Did the federation punish him?" is
        // answered by "It fined him" and then by what the fine was. For a who-, when-, where- or how-many question
        // the sentences that carry that datum are the ones to add, and they keep their place.
        if (used.Count - 1 < supporting && Continuation(evidence, lead) is { } next && Adds(next, used, sources))
        {
            parts.Add(Part(AnswerRole.Supporting, sources.Quote(next), next, sources));
            used.Add(next);
        }

        if (used.Count - 1 < supporting && WhoHoldsItNow(evidence, lead, verdict, used, sources) is { } holder)
        {
            parts.Add(Part(AnswerRole.Supporting, sources.Quote(holder), holder, sources));
            used.Add(holder);
        }

        var room = supporting - (used.Count - 1);
        var extras = answering
            .Where(e => SameStory(e, lead) && (e.Passage.Article.Id == lead.Passage.Article.Id || (e.Score >= best.Score - AboutAsWell && e.Sentence.Referred.Count == 0)))
            .Where(e => Adds(e, used, sources))
            .Take(Math.Max(0, room))
            .ToList();
        foreach (var extra in extras.OrderBy(e => e.Passage.Article.Id == lead.Passage.Article.Id ? 0 : 1).ThenBy(e => e.Sentence.Index))
        {
            if (!Adds(extra, used, sources))
            {
                continue;
            }

            var text = extra.Passage.Article.Id == lead.Passage.Article.Id ? sources.Quote(extra) : LeadIn.Current(extra.Passage.Article, sources.Quote(extra));
            parts.Add(Part(AnswerRole.Supporting, text, extra, sources));
            used.Add(extra);
        }

        // A question that ties one event to another ("…when he was deported, and after his comeback?") is answered from
        // the story of each: another story's best answer that says the question's words and scores about as well follows
        // the lead's story, dated, whether older or newer.
        if (evidence.SpreadOver.Count == 0 && sources.Count < _options.MaxSources && QuestionClauses.LinksTwoEvents(question)
            && bestPerArticle.FirstOrDefault(e => !SameStory(e, lead) && e.Check.SaysTheWords && e.Score >= best.Score - AboutAsWell && Adds(e, used, sources)) is { } otherEvent)
        {
            parts.Add(Part(AnswerRole.Supporting, LeadIn.Current(otherEvent.Passage.Article, sources.Quote(otherEvent)), otherEvent, sources));
            used.Add(otherEvent);
        }

        // A question two stories answer only together is answered from both: the other story's best answer follows the lead.
        if (evidence.SpreadOver.Where(id => id != lead.Passage.Article.Id).ToList() is [var other]
            && bestPerArticle.FirstOrDefault(e => e.Passage.Article.Id == other) is { } half && Adds(half, used, sources))
        {
            parts.Add(Part(AnswerRole.Supporting, LeadIn.Current(half.Passage.Article, sources.Quote(half)), half, sources));
            used.Add(half);
        }

        if (evidence.SpreadOver.Count == 0 && sources.Count < _options.MaxSources && Completion(evidence, answering, lead, best, used, sources) is { } rest)
        {
            parts.Add(Part(AnswerRole.Supporting, LeadIn.Current(rest.Passage.Article, sources.Quote(rest)), rest, sources));
            used.Add(rest);
        }

        if (evidence.Second is { } second)
        {
            AnswerSecond(second, lead, parts, used, sources);
        }

        if (evidence.Premise is { } premise)
        {
            AnswerPremise(premise, lead, parts, used, sources);
        }

        // A newer report that retrieval ranked above the lead, none of whose sentences the rules read as an answer (it
        // is in another language, or says it in other words), is not dropped without a word: its opening follows as
        // what came later, and the answer does not claim its lead is the newest source. What something is does not go
        // stale: a definition carries no warning that its source is old. Nor is a newer story that answers as well
        // left behind an older lead.
        var laterReport = UnreadNewer(evidence, retrieval, lead) ?? NewerAnswer(evidence, query, lead, bestPerArticle, used, sources);
        // How old the sources are is told by the newest the answer cites, which may be a premise's or a second
        // question's story rather than the lead's.
        var newestCited = used.Where(e => e.Published is not null).MaxBy(e => e.Published) ?? lead;
        if (laterReport is not null)
        {
            parts.Add(Part(AnswerRole.Later, LeadIn.Later(laterReport.Passage.Article, sources.Quote(laterReport)), laterReport, sources));
            used.Add(laterReport);
        }
        else if (evidence.Question.Asks != AskedFor.WhatIs && Stale(query, newestCited) is { } note)
        {
            parts.Add(note);
        }

        if (byNamesOnly)
        {
            var later = bestPerArticle
                .Where(e => IsOlder(lead, e) && Adds(e, used, sources, RepeatsWhenOlder))
                .OrderBy(e => e.Published)
                .Take(Math.Min(_options.MaxEarlier, _options.MaxSources - sources.Count));
            foreach (var newer in later)
            {
                parts.Add(Part(AnswerRole.Later, LeadIn.Later(newer.Passage.Article, sources.Quote(newer)), newer, sources));
                used.Add(newer);
            }
        }

        // What held before the newest source: told as history, newest first and oldest last, each dated once. What
        // something is ("What is an AIN?") is said once: older reports of it are not a changed position. An older
        // position is the one its story states about whom the question names: "Is Russia still banned from football?"
        // is not told "Belarus has not been suspended…; its teams remain in competition", though "remain" is a change.
        if (!query.AboutThePast && evidence.Question.Asks != AskedFor.WhatIs)
        {
            var earlier = bestPerArticle
                .Select(e => e.Check.NamesItself ? e : answering.FirstOrDefault(n => n.Passage.Article.Id == e.Passage.Article.Id && n.Check.NamesItself) ?? e)
                .Where(e => IsOlder(e, lead) && e.Score >= best.Score - (2 * AboutAsWell) && Adds(e, used, sources, RepeatsWhenOlder))
                .OrderByDescending(e => e.Published)
                .Take(Math.Min(_options.MaxEarlier, _options.MaxSources - sources.Count));
            foreach (var old in earlier)
            {
                parts.Add(Part(AnswerRole.Earlier, LeadIn.Earlier(old.Passage.Article, sources.Quote(old)), old, sources));
                used.Add(old);
            }
        }

        if (worked is null && ChangeAcrossSentences(query, used, sources) is { } across)
        {
            // Worked out where the sums are told, before older positions and notes.
            parts.Insert(parts.FindLastIndex(p => p.Role is AnswerRole.Lead or AnswerRole.Supporting) + 1, across);
        }

        return Answer.Compose(question, parts, sources.ToList(), lead.Published, AnswerMode.Extractive);
    }

    private static bool SameStory(EvidenceSentence e, EvidenceSentence lead) =>
        e.Passage.Article.Id == lead.Passage.Article.Id || (e.Published is not null && e.Published == lead.Published);

    private static bool IsOlder(EvidenceSentence e, EvidenceSentence lead) =>
        e.Published is { } d && lead.Published is { } l && d < l;

    /// <summary>
    /// The sentence right after the lead that goes on with it: one that refers back to it, or the next of its
    /// paragraph when the lead answers only in other words or the question asks for an account.
    /// </summary>
    private static EvidenceSentence? Continuation(EvidenceSet evidence, EvidenceSentence lead) =>
        evidence.Judged.FirstOrDefault(e => e.Passage.Article.Id == lead.Passage.Article.Id
            && (e.Sentence.AntecedentIndex == lead.Sentence.Index
                || ((lead.Check.ByMeaningOnly || evidence.Question.AsksForAnAccount) && e.Sentence.Paragraph == lead.Sentence.Paragraph))
            && e.Sentence.Index == lead.Sentence.Index + 1);

    /// <summary>
    /// A sentence adds to those already used when it has not been quoted (even as what another refers to), nor
    /// repeats their words: most of them for a sentence beside the lead, nearly all for an older report, whose
    /// point is that it tells the same matter as it stood then ("suspended" before "remain suspended, but…").
    /// </summary>
    private static bool Adds(EvidenceSentence candidate, List<EvidenceSentence> used, AnswerCitations sources, double repeats = RepeatsBeside) =>
        !sources.HasQuoted(candidate.Passage.Article.Id, candidate.Sentence.Index)
        && used.All(u => SentenceOverlap.Of(u.Sentence.Text, candidate.Sentence.Text) < repeats);

    private static AnswerPart Part(AnswerRole role, string text, EvidenceSentence evidence, AnswerCitations sources) =>
        new(role, text, [sources.Cite(evidence)], evidence.Published);
}
