using System.Globalization;
using System.Text.RegularExpressions;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> tells what came after its lead: a newer report, or how old its newest source is.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// A newer story that retrieval ranked above the lead and none of whose sentences answers (another language, other
    /// words): its opening, so nothing newer is dropped without a word. Only for a question about the present.
    /// </summary>
    private static EvidenceSentence? UnreadNewer(EvidenceSet evidence, RetrievalResult retrieval, EvidenceSentence lead)
    {
        // What something is does not change with a later report ("What is the PIF?" is not answered again by its golf deal).
        if (!retrieval.Query.AboutThePresent || evidence.Question.Asks == AskedFor.WhatIs || lead.Published is not { } leadDate)
        {
            return null;
        }

        var newer = retrieval.Passages.Take(lead.Rank)
            .Where(p => p.Article.Published > leadDate && !evidence.Answering.Any(e => e.Passage.Article.Id == p.Article.Id))
            .MaxBy(p => p.Article.Published);
        // Its opening is told only when the story names what the question names and is about the sport it asks about,
        // and the opening itself names one of those names or says one of the question's words: a question that names
        // nothing ("How much does the league reckon the levy will cost?") is not answered by another story's opening.
        return newer is null ? null : evidence.Judged.Where(e => e.Passage.Article.Id == newer.Article.Id).MinBy(e => e.Sentence.Index) is { Check.NamesInSource: true } opening
            && (opening.Check.FocusSaid.Count > 0 || (evidence.Question.Names.Count > 0 && opening.Check.NamesItself)) ? opening : null;
    }

    /// <summary>
    /// For a question not about the past, a newer story's best answer that says the question's words and scores about
    /// as well as the lead, which retrieval ranked first: "Will Russia host a Formula 1 race again?", led by the 2022
    /// race called off in February, is followed by the promoter's contract ended in March, so an older answer is not
    /// passed off as current. Not for a question about the past, which the newer story only pads ("Where did Djokovic
    /// fly to when he was deported?" is not answered by his visa granted ten months later), nor a story in another
    /// language, whose sentence would stand untranslated beside an English answer. For a question about the past, a
    /// newer answer that revises a decision ("overturned", "reduced") follows it: "How long was Marsh's ban?", led by
    /// 14 months, is followed by CAS reducing it to nine; one that changes the lead's own figure ("reduced … from 16
    /// months to ten months" after "banned for 16 months"), or revises the figure a how-many question asks for ("The
    /// fine was reduced to 40,000 Swiss francs" after "fined … 80,000"), follows it however it scores. So, for a question about the
    /// present, does a newer answer that says every word the question asks about, as the lead does: "Can Valmoran
    /// athletes compete under their flag?", led by "can still compete, but not under their flag", is followed by "may
    /// again compete under their flag" a year later, and the answer does not call the older story its newest. Not one
    /// that recounts years before the lead's ("At Beijing 2022, the IPC first said…" in a 2024 story): that is history.
    /// A question asking what somebody said asks for all they said on it, in whatever tense: "What did FIFPRO say about
    /// Tavani's release?", led by its call for his release, is followed by its welcome of it six weeks later.
    /// </summary>
    private EvidenceSentence? NewerAnswer(EvidenceSet evidence, QueryAnalysis query, EvidenceSentence lead, List<EvidenceSentence> bestPerArticle, List<EvidenceSentence> used, AnswerCitations sources) =>
        evidence.SpreadOver.Count == 0 && sources.Count < _options.MaxSources
        && bestPerArticle.FirstOrDefault(e => IsOlder(lead, e) && LanguageNames.IsEnglish(e.Passage.Article.Language) && e.Check.SaysTheWords
            && (((!query.AboutThePast || RevisionWords.Revises(e.Sentence.Text) || evidence.Question.Facts.AsksForWords) && e.Score >= lead.Score - AboutAsWell)
                || (query.AboutThePresent && e.Check.Focus >= 1 && lead.Check.Focus >= 1 && !TellsEarlierYears(e, lead))
                || (FactSpotter.ChangedFrom(e.Sentence.Text) is { } old && lead.Sentence.Text.Contains(old, StringComparison.OrdinalIgnoreCase))
                || (evidence.Question.Asks == AskedFor.HowMany && RevisionWords.Revises(e.Sentence.Text)))) is { } newer
        && Adds(newer, used, sources, RepeatsWhenOlder)
            ? newer
            : null;

    private static bool TellsEarlierYears(EvidenceSentence newer, EvidenceSentence lead) =>
        lead.Published is { } leadDate && Year().Matches(newer.Sentence.Text).Any(y => int.Parse(y.Value, CultureInfo.InvariantCulture) < leadDate.Year);

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    private AnswerPart? Stale(QueryAnalysis query, EvidenceSentence lead)
    {
        if (!query.AboutThePresent || lead.Published is not { } date)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return today.DayNumber - date.DayNumber > _options.StaleAfterDays
            ? new AnswerPart(AnswerRole.Note, $"My newest source on this is from {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}.", [])
            : null;
    }
}
