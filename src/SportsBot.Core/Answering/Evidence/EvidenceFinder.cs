using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// Judges every sentence of the leading retrieved articles against the question with the rules of
/// <see cref="EvidenceCheck"/>, and orders those that answer. Nothing here is a single score threshold: a
/// sentence answers because it names what the question names, says what it asks about them, and carries the
/// kind of fact asked for.
/// </summary>
public sealed partial class EvidenceFinder(
    TermMatcher matcher,
    AliasTable aliases,
    SportTable sports,
    QueryAnalyzer analyzer,
    IEmbedder embedder,
    SentenceVectorCache sentenceVectors,
    EnglishReadings readings,
    IOptions<AnswerOptions> options)
{
    private readonly AnswerOptions _options = options.Value;

    public async Task<EvidenceSet> FindAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        if (!retrieval.Query.SearchedInEnglish)
        {
            return await FindFirstAsync(retrieval, cancellationToken);
        }

        // A question about a person it describes is answered about them by name when the sources name them; the
        // question as written is judged only when they do not.
        var premise = await FindForPremiseAsync(retrieval, cancellationToken);
        if (premise is null && await FindThroughDescriptionAsync(retrieval, cancellationToken) is { } described)
        {
            return described;
        }

        var evidence = await FindFirstAsync(retrieval, cancellationToken);
        return evidence with
        {
            Premise = premise,
            Second = await FindForSecondAsync(retrieval, cancellationToken),
        };
    }

    private async Task<EvidenceSet> FindForAsync(RetrievalResult retrieval, CancellationToken cancellationToken, bool namesOfTheFirstQuestionOnly = false)
    {
        var passages = retrieval.Passages.Take(_options.ArticlesJudged).ToList();
        var reading = Read(retrieval.Query, passages);
        var sources = passages.Select(p => matcher.Read(p.Article.WithItsDate(ReadAs(p.Article, $"{p.Article.Title}\n{p.Article.Body}")), reading.Terms)).ToList();
        // A name no retrieved source mentions ("SW19") describes the subject in the asker's words rather than naming
        // it; a year or number is never a description ("the 2030 World Cup"), nor are the Olympics or Paralympics, a
        // time the sources must cover as a year is ("Who will coach Marsh at the Olympics?" is not who coaches her
        // now), nor is a person's surname ("Anna Berg": the sources may call her "Berg", but must name her). A lone
        // digit is shorthand ("do 2 rubiales"), not a name.
        var surnames = Surnames(retrieval.Query.Question);
        if (reading.YesNoSubject is { } subject)
        {
            surnames.Add(subject);
        }

        var claimedEnd = QuestionClauses.ClaimedEnd(retrieval.Query.Question);
        var required = reading.Names.Where(n => !claimedEnd.Contains(n.Word))
            .Where(n => (char.IsDigit(n.Word[0]) && n.Word.Length > 1) || surnames.Contains(n.Word) || n.Word is "olympics" or "paralympics" || sources.Any(s => matcher.Mentions(s, n)))
            .ToList();
        // A number the question states that the sources on its subject do not have ("Why did Griner get 15 years?"
        // when she got nine) is a premise they do not support: the question is answered without it, and the answer
        // says so. A lone digit there is shorthand ("do 2 rubiales") and is simply dropped. A year is different: a
        // year no source mentions is a time the sources do not cover.
        var numbers = required.Where(n => n.Word.All(char.IsDigit) && n.Word.Length < 4).ToList();
        var onTopic = sources.Where(s => required.Except(numbers).All(n => matcher.Mentions(s, n))).ToList();
        var notOnTopic = onTopic.Count == 0 ? [] : numbers.Where(n => !onTopic.Any(s => matcher.Mentions(s, n))).ToList();
        var unsupported = notOnTopic.Where(n => n.Word.Length > 1).Select(n => n.Word).ToList();
        required = [.. required.Except(notOnTopic)];
        // A question in a language the rules do not read, searched as written, is matched on its names alone; they
        // must be mostly the sources' own ("Brittney Griner", "2022"), not words of that language ("Dezember",
        // "Danimarca", "Mondiali") beside one the sources happen to share ("Qatar").
        var byNamesOnly = !retrieval.Query.SearchedInEnglish;
        // A name no source mentions may be the asker's shorthand for something they do name ("SW19", "BG"), but a
        // question in English whose only names are words no source mentions ("Is Sharapova banned?") is about somebody
        // they do not cover. One read from another language may keep its own words for names ("Шарапова").
        var tooFewNamesKnown = (byNamesOnly && TooFewKnown(reading.Names, sources))
            || (retrieval.Query.AskedIn is null && reading.Names.Count > 0 && reading.Names.All(n => LooksLikeAName(n.Word) && !sources.Any(s => matcher.Mentions(s, n))));
        var named = NamesAsWritten(retrieval.Query.Question, required, reading.Facts.Relation);
        // Of a message that asks two things ("Who was disqualified for refusing a handshake, and what did Bach promise
        // her?"), the first is answered by a sentence naming what it names: a name only the second says must be in the
        // story, not in the sentence that answers the first.
        if (reading.FirstClause is { } first)
        {
            named = [.. named.Where(name => name.Any(n => QuestionClauses.Says(first, n.Word)))];
        }

        var sportsAsked = sports.Named(retrieval.Query.Terms);
        var drafts = new List<SentenceDraft>();
        // A word the asker typed in lower case is a name only because stories write it capitalised ("before the
        // regatta" beside "the Harbour Regatta"): the asker describes the matter with it, so a source need not have it.
        // An owner is not a description, though: "veskland's new prime minister" asks about Veskland's, whoever else's a story names.
        var namedByAsker = required.Where(n => (!reading.NamesBySourcesOnly.Contains(n) || QuestionClauses.Owns(reading.Query.Question, n.Word))
            && (!namesOfTheFirstQuestionOnly || reading.FirstClause is not { } firstQuestion || QuestionClauses.Says(firstQuestion, n.Word))).ToList();
        // A question may link two stories ("Was Anna Berg banned from the Lakeside Games?" when one tells her ban and
        // the other that the Games opened without the banned champion): each then names part of it.
        var pair = PairNamingAll(reading.Query.Question, namedByAsker, sources, passages);
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var namesInSource = !tooFewNamesKnown && (NamesAll(namedByAsker, sources[rank]) || pair.Contains(rank));
            var article = passages[rank].Article;
            var headline = ReadAs(article, $"{article.Title}\n{article.Body.Split('\n', 2)[0]}");
            var aboutTheSport = sportsAsked.All(s => sports.Headlines(s, headline));
            drafts.AddRange(Judge(reading, named, passages[rank], rank, headline, sources[rank], namesInSource, aboutTheSport ? [] : sportsAsked));
        }

        // Every sentence of a source that names the question's names is weighed for meaning, not only those sharing
        // most words with it: an answer in other words may stand behind a dozen sentences that share a word and say
        // nothing of the matter. Its vector is stored at ingest, so this is a lookup and a dot product each.
        var measured = drafts.Where(d => d.NamesInSource).ToList();
        // A sentence's vector is of its English reading (made at ingest): in another language, the rules' reading.
        var vectors = await sentenceVectors.EmbedAsync([.. measured.Select(d => ReadAs(d.Passage.Article, d.Sentence.Text))], cancellationToken);
        for (var i = 0; i < measured.Count; i++)
        {
            measured[i].Similarity = TensorPrimitives.Dot(retrieval.QueryVector, vectors[i]);
        }

        // Said in other words: the sentence of a source closest to the question covers its focus when the question
        // asks for a kind of fact that sentence must also carry (a date, a name, a number, a reason); for a yes/no or
        // open question, which has no such check, only when it is also close in absolute terms. Almost any news
        // sentence names somebody and gives a date or a place, so for a who-, when- or where-question that fact proves
        // little: the sentence must also say one of the question's own words ("Who was behind the boycott?" is not
        // answered by who won the event it boycotted, nor "When did Ostland announce its boycott?" by the day it ended).
        // A who-question's deed alone is not such a word when the story says none of the others: "the federation's
        // leadership stayed in place" names who stayed, and the Rubiales story nothing of who "stayed silent during the anthem".
        // So with a length of time: "Drumond, who had been minister for five years, denied any wrongdoing" is no answer
        // to how long his prison sentence is.
        var factKind = reading.Asks is not (AskedFor.YesNo or AskedFor.Open or AskedFor.Judgement);
        var factProvesLittle = reading.Asks is AskedFor.Who or AskedFor.When or AskedFor.Where
            || (reading.Asks == AskedFor.HowMany && reading.Facts.AskedWord is "long");
        foreach (var story in measured.GroupBy(d => d.Rank))
        {
            var closest = story.MaxBy(d => d.Similarity)!;
            var saysTheMatter = closest.OwnFocus > 0 && story.Any(d => !d.SaysOnlyTheDeed);
            // So does somebody's account for a why-question, when it states no cause: "Tollef said the league was
            // disappointed" is no reason why Tollef quit.
            var provesLittle = factProvesLittle || (reading.Asks == AskedFor.Why && !FactSpotter.StatesACause(closest.Sentence.WithAntecedent))
                // Nor does a number or a sum in a sentence that names nothing the question names: "Holtby said repairs
                // could cost around 8.5 million crowns" is no answer to how much the town offered to do up the old hall.
                // (A question that names nothing is named by every sentence.)
                || (reading.Asks == AskedFor.HowMany && (reading.Names.Count == 0 || !closest.NamesItself));
            var kindShowsIt = factKind && (!provesLittle || saysTheMatter);
            closest.SaysTheSame = kindShowsIt || closest.Similarity >= _options.SameMeaningSimilarity;
        }

        MarkStatedMatterAnswers(drafts, reading);

        // A question spread over two stories is answered from both or not at all: one of them alone ("Harbour sent 40
        // athletes to the Lakeside Games" for "How many medals did Anna Berg win at the Lakeside Games?") answers
        // about only half of what it names. A story that names all of it and answers is answer enough.
        var evidence = drafts.Select(d => d.ToEvidence()).ToList();
        if (pair.Count == 2 && (!pair.All(rank => evidence.Any(e => e.Rank == rank && e.Answers))
            || evidence.Any(e => e.Answers && !pair.Contains(e.Rank) && NamesAll(namedByAsker, sources[e.Rank]))))
        {
            evidence = [.. evidence.Select(e => pair.Contains(e.Rank) ? e with { Check = e.Check with { NamesInSource = false } } : e)];
            pair = [];
        }

        var judged = evidence
            .OrderByDescending(e => e.Answers)
            .ThenByDescending(e => reading.AsksForSeveral && FactSpotter.ListsNames(e.Sentence.Text))
            .ThenByDescending(e => reading.AsksOnlyAboutNames && e.Sentence.Paragraph == 0)
            .ThenByDescending(e => e.Score)
            .ToList();
        return new EvidenceSet(reading, judged, unsupported) { SpreadOver = [.. pair.Select(rank => passages[rank].Article.Id)] };
    }

    /// <param name="headline">The story's title and opening paragraph, as the rules read them.</param>
    /// <param name="story">The story's title and body as the rules read them, read once for the question.</param>
    /// <param name="sportsElsewhere">Sports the question names that the story's headline does not: a sentence of it answers only if it names them itself.</param>
    private List<SentenceDraft> Judge(QuestionReading reading, List<QueryTerm[]> named, RetrievedPassage passage, int rank, string headline, TextTerms story, bool namesInSource, IReadOnlyList<int> sportsElsewhere)
    {
        var article = passage.Article;
        var drafts = new List<SentenceDraft>();
        // A story is about what its headline and opening paragraph name: a sentence of it need not repeat the name to
        // be about it ("Iran's players stay silent…", then "Some supporters held up the protesters' slogan"; "Ukrainian
        // fencer Olga Kharlan… in Milan", then "Kharlan was then given a black card"). Only for a question read in
        // English, whose names the rules can tell apart.
        var byNamesOnly = !reading.Query.SearchedInEnglish;
        var title = matcher.Read(ReadAs(article, article.Title), reading.Terms);
        var opening = matcher.Read(headline, reading.Terms);
        // A year is when, not what: a sentence or headline naming only the question's year ("…won the Australian Open in
        // 2023" for "Who won the 2023 Wimbledon title?") names none of what the question is about.
        var subjects = named.Where(name => name is not [{ Word: var word }] || !AskedYears.IsYear(word)).ToList();
        var about = subjects.Count > 0 ? subjects : named;
        var titleNamed = byNamesOnly ? [] : about.Where(name => Names(title, name)).ToList();
        var titleNames = titleNamed.Count > 0;
        var openingNames = !byNamesOnly && !titleNames ? about.Where(name => Names(opening, name)).ToList() : [];
        // Whom the story names as people, of the question's names ("Velic" of "Aron Velic"): a sentence whose subject is
        // somebody else ("Dmitri Orlov was banned for life") is about that person, not one of them.
        var peopleAsked = reading.Asks == AskedFor.Who ? []
            : FactSpotter.Surnames(article.Body).Where(reading.Facts.IsQuestionName).ToHashSet(StringComparer.Ordinal);
        var namedByKind = KindsNamed(reading.Query.Question, article.Body, about.Where(name => !Names(title, name) && !Names(opening, name)));
        var reportsTheEventBefore = reading.EventBefore.Any(t => matcher.Mentions(opening, t));
        foreach (var quoted in ArticleSentences.Read(article.Body))
        {
            if (!quoted.IsQuotable)
            {
                continue;
            }

            // A source in another language is judged by its English reading and quoted as written.
            var sentence = IsForeign(article)
                ? quoted with { Text = ReadAs(article, quoted.Text), Antecedent = quoted.Antecedent is { } a ? ReadAs(article, a) : null, Before = quoted.Before is { } b ? ReadAs(article, b) : null }
                : quoted;

            var aboutSomebodyElse = peopleAsked.Count > 0 && FactSpotter.OpensWithAnotherPerson(sentence.Text, reading.Facts);
            // Read with the sentence before it, unless it is about somebody else: then only its own words name anyone.
            var context = matcher.Read(aboutSomebodyElse ? sentence.Text : sentence.Context, reading.Terms);
            bool NamesHere(QueryTerm[] name) => Names(context, name) || (namedByKind.TryGetValue(name, out var kind) && QuestionClauses.Says(sentence.Text, kind));
            var namesHere = named.Count == 0 ? 1 : about.Any(NamesHere) ? (double)named.Count(NamesHere) / named.Count : 0;
            var namesPeople = reading.AsksForSeveral && FactSpotter.PersonNames(sentence.Text).Distinct().Skip(1).Any();
            // The question's other words are what it asks about its names: one said only inside another name ("fencers"
            // in "the World Fencing Championships") names that, and says nothing of the matter.
            // "Which club is Sarkany at now?" is answered by "signed with second-division Ostby United": a sentence
            // that names a club says "club", though it never calls it one.
            var clubNamed = reading.Facts.AsksForClub && FactSpotter.NamesAClub(sentence.Text, reading.Facts);
            // So does one who takes up a post replace its holder: "will become head coach" says "replace".
            var postTaken = reading.Facts.TakesThePost(sentence.Text) ? $" {reading.Facts.Relation}" : string.Empty;
            var matter = matcher.Read(WithoutOtherBodies(sentence.Context, reading) + (clubNamed ? " club" : string.Empty) + postTaken, reading.Terms);
            // "Is Valieva allowed to skate?" is answered "no" by "banned her for four years".
            var yesOrNo = reading.Asks == AskedFor.YesNo;
            var focusAsked = namesPeople ? reading.FocusBesideThoseListed : reading.Focus;
            var said = matcher.Coverage(focusAsked, matter, yesOrNo);
            var focus = said + SetInTheStory(reading, focusAsked, matter, opening);
            // Ranked by the words the sentence says itself; read a second time only when the sentence before it adds to what it refers to.
            var ownFocus = sentence.Before is null || sentence.Before == sentence.Antecedent
                ? said
                : matcher.Coverage(reading.Focus, matcher.Read(WithoutOtherBodies(sentence.WithAntecedent, reading), reading.Terms), yesOrNo);
            var onlyTheDeed = reading.FocusBesideTheDeed.Count > 0 && matcher.Coverage(reading.FocusBesideTheDeed, matter) == 0;
            if (onlyTheDeed
                || (reading.YesNoDeed is { } deed && matcher.Coverage([deed], matter, orOpposite: true) == 0))
            {
                focus = 0;
            }

            var firstClauseFocus = reading.FirstClauseFocus.Count > 0 ? matcher.Coverage(reading.FirstClauseFocus, matter) : 0;
            var missing = FactSpotter.Missing(reading.Asks, sentence.WithAntecedent, reading.Facts, article.Published)
                ?? DeedOnlyBefore(sentence, reading) ?? DateOnlyBefore(sentence, reading) ?? CountedNotNamed(sentence, reading) ?? NoExactCount(sentence, reading);
            // A dated story's opening reports the news of its day ("Kasatkina has announced that she now represents
            // Australia"): for "when" (and for "how long after…", which asks for two whens), the story's date is the
            // answer, and the answer opens "As of" that date; only if it says all the question asks about ("…data
            // from its Ardan laboratory" does not date when the laboratory was built).
            if (((reading.Asks == AskedFor.When && !reading.Facts.AsksForTimeToCome && !reading.Facts.AsksForDeadline) || (reading.Facts.AsksForTimeBetween && reading.Facts.SaysTheAskedEvent(sentence.Text))) && missing is not null && article.Published is not null && sentence.Paragraph == 0
                && focus >= 1 && FactSpotter.ReportsAsNews(sentence.Text) && !FactSpotter.DeniesTheDeed(sentence.Text, reading.Facts))
            {
                missing = null;
            }

            // The story's date is no more the day something ends than a sentence about seniors tells of juniors.
            missing ??= AboutTheOtherGroup(sentence, reading, headline) ?? GivesTheOtherEnd(sentence, reading) ?? AnotherSeason(sentence, reading) ?? AnotherEdition(sentence, reading) ?? AnotherNumbered(sentence, reading)
                ?? OnlyThePlan(sentence, reading) ?? OnlyAhead(sentence, reading);
            if (missing == FactSpotter.AnotherBodysAccount && GivenByTheDoer(sentence, reading, headline))
            {
                missing = null;
            }

            missing ??= AnotherOnesFact(sentence, reading, headline);
            // "Did Oresko appeal to the Swiss Federal Tribunal?" asks about each name it gives in full: a sentence naming
            // neither the tribunal nor, through the sentence before or its headline, anything of it tells nothing of an
            // appeal there. A one-word name ("IOC", "June") a story may leave to "the committee" or its date; a name its
            // story never gives is another story's, when two answer together.
            if (missing is null && reading.Asks == AskedFor.YesNo && named.Count > 1 && !AnotherInThePost(sentence.Text, reading)
                && named.FirstOrDefault(name => name.Length > 1 && Names(story, name) && !Names(context, name) && !Names(opening, name)) is { } unnamed)
            {
                missing = $"it does not name {string.Join(' ', unnamed.Select(w => w.Word))}";
            }

            // A story about one sport may say something about another in passing ("Swimming's governing body, World
            // Aquatics, adopted a similar rule"): that sentence is about the sport it names.
            var aboutTheSport = sportsElsewhere.All(s => sports.Headlines(s, sentence.WithAntecedent));
            var aboutTheAskedTime = AskedYears.About(reading.Years, sentence.Context, headline, article.Published, reading.Query.AboutThePast)
                && AskedYears.OnAnAskedDay(reading.Days, sentence.Text);
            // A later sentence that names another of the kind ("Ostland won the Davis Cup" in a story opening on the
            // World Cup) is about that one, not what the opening names.
            var openingNamesIt = !aboutSomebodyElse && openingNames.Any(name => !NamesAnotherOfItsKind(sentence.Text, name));
            // So does one under a headline naming it: "The World Junior Championship had been scheduled for Novosibirsk.
            // It was played instead in Halifax, and Canada won" tells nothing of the World Championship its headline names.
            var titleNamesIt = !aboutSomebodyElse && titleNamed.Any(name => !NamesAnotherOfItsKind(sentence.WithAntecedent, name));
            // Read by names alone, a sentence names them all, itself or through the sentence it follows or the headline.
            var allNamed = byNamesOnly && named.All(name => Names(context, name) || Names(title, name));
            drafts.Add(new SentenceDraft(passage, rank, quoted, namesInSource && aboutTheSport, namesHere, focus, reading.Focus.Count, missing)
            {
                FocusSaid = reading.Focus.Where(t => matcher.Mentions(matter, t)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal), StoryOfTheEventBefore = reportsTheEventBefore,
                AboutTheSport = aboutTheSport, SportInPassing = sportsElsewhere.Count > 0, AboutTheAskedTime = aboutTheAskedTime, TitleNames = titleNamesIt, OpeningNames = openingNamesIt, OwnFocus = ownFocus, SaysOnlyTheDeed = onlyTheDeed, FirstClauseFocus = firstClauseFocus, ForJudgement = reading.Asks == AskedFor.Judgement, ForDefinition = reading.Asks == AskedFor.WhatIs, ByNamesOnly = byNamesOnly, AllNamed = allNamed,
            });
        }

        return drafts;
    }
}
