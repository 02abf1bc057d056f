using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="EvidenceFinder"/> reads a message that asks two things, takes something as given, or asks the time between two events.</summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// "What limit do the 2023 rules set for athletes like Semenya, and what did the European court decide that
    /// July?": the first question is answered from a story that also names what the second asks about, so the two
    /// answers tie together; when no such story answers it, from one that names everything the first question names.
    /// </summary>
    private async Task<EvidenceSet> FindFirstAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        var evidence = await FindForAsync(retrieval, cancellationToken);
        return !evidence.Answering.Any() && QuestionClauses.FirstOfTwo(retrieval.Query.Question) is not null
            ? await FindForAsync(retrieval, cancellationToken, namesOfTheFirstQuestionOnly: true)
            : evidence;
    }

    /// <summary>
    /// What the message takes as given is checked as a question of its own against the same stories: "Since CAS
    /// overturned the suspension…" is answered by what they say CAS decided, whatever the asker assumed. Null when it
    /// takes nothing as given.
    /// </summary>
    private async Task<PremiseCheck?> FindForPremiseAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        if (QuestionClauses.Premise(retrieval.Query.Question) is not { } premise)
        {
            return null;
        }

        var vector = await embedder.EmbedQueryAsync(premise.Question, cancellationToken);
        return new PremiseCheck(premise, await FindForAsync(retrieval with { Query = analyzer.Analyze(premise.Question), QueryVector = vector }, cancellationToken));
    }

    /// <summary>
    /// A message that asks two things gets an answer to each: the second question is judged on its own against the
    /// stories found for the whole message. When it refers back ("…, and what did she win in Paris?") or names
    /// nothing itself, it is about what the first names, so the first's names (not its dates, which belong to the
    /// first fact) are its names too. Null when the message asks one thing.
    /// </summary>
    private async Task<EvidenceSet?> FindForSecondAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        if (QuestionClauses.Second(retrieval.Query.Question) is not { } second)
        {
            return null;
        }

        var query = analyzer.Analyze(second);
        if (QuestionClauses.RefersBack(second) || query.Names is null or [])
        {
            var firstWords = QuestionClauses.Words(QuestionClauses.First(retrieval.Query.Question)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var carried = (retrieval.Query.Names ?? [])
                .Where(n => !char.IsDigit(n[0]) && firstWords.Contains(n) && !query.Terms.Contains(n))
                .ToList();
            // "…when she was disqualified in Ostrava, and what did she win at the Lakeside Games?": a second question
            // that names its own matter and speaks of "she" or "he" is about the person the first answer names (the
            // composer keeps to sentences naming them), not about the first's places and bodies, which the story of the
            // second need not name at all.
            if (query.Names is [_, ..] && ReferringWords.PersonIn(second))
            {
                carried = [];
            }

            query = query with { Terms = [.. query.Terms, .. carried], Names = [.. query.Names ?? [], .. carried] };
        }

        // "…set in 2023, and what did the court decide about her that July?": "that July" is in the first's year.
        if (query.Years.Count == 0 && QuestionClauses.RefersBackToItsTime(second))
        {
            query = query with { Years = retrieval.Query.Years };
        }

        var vector = await embedder.EmbedQueryAsync(second, cancellationToken);
        return await FindForAsync(retrieval with { Query = query, QueryVector = vector }, cancellationToken);
    }

    /// <summary>
    /// "What sanction did FIFA give the official who kissed Hermoso?": the words that describe a person say who is
    /// meant, not what is asked, so the person is found first, as the answer to "Who kissed Hermoso?", and the question
    /// is then answered about them by name ("What sanction did FIFA give Rubiales?"). What names them is checked like
    /// anything a message takes as given, and follows under "On the official who kissed Hermoso:". Null when the
    /// question describes nobody, no source names the person, or none answers about them by name.
    /// </summary>
    private async Task<EvidenceSet?> FindThroughDescriptionAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        if (QuestionClauses.Described(retrieval.Query.Question) is not { } described)
        {
            return null;
        }

        var naming = await FindForAsync(retrieval with { Query = analyzer.Analyze(described.Question), QueryVector = await embedder.EmbedQueryAsync(described.Question, cancellationToken) }, cancellationToken);
        if (PersonNamedBy(naming) is not { } name)
        {
            return null;
        }

        var asked = described.AskedAbout(retrieval.Query.Question, name);
        var evidence = await FindForAsync(retrieval with { Query = analyzer.Analyze(asked), QueryVector = await embedder.EmbedQueryAsync(asked, cancellationToken) }, cancellationToken);
        if (!evidence.Known)
        {
            return null;
        }

        // What names them follows the answer: a sentence that says their name, not another that says the deed.
        var given = new TakenAsGiven(described.Question, $"On {described.Phrase}:", asked, QuestionClauses.WhoRelation(described.Question));
        var namingThem = naming with { Judged = [.. naming.Judged.Where(e => !e.Answers || QuestionClauses.Says(e.Sentence.Text, name))] };
        return evidence with { Premise = new PremiseCheck(given, namingThem), Described = described with { Name = name } };
    }

    /// <summary>
    /// The person the best answer to "Who kissed Hermoso?" names, by the name a story calls them once it has named them
    /// ("Rubiales"): the first of the sentence's own names (not those of the sentences it refers to, which name others)
    /// that is a person's its story names in full somewhere ("Luis Rubiales"; not "Formula" of "Formula 1"). Null when no
    /// answering sentence names one.
    /// </summary>
    private static string? PersonNamedBy(EvidenceSet naming)
    {
        foreach (var answer in naming.Answering)
        {
            var surnames = FactSpotter.Surnames(answer.Passage.Article.Body).ToHashSet(StringComparer.Ordinal);
            if (FactSpotter.Actors(answer.Sentence.Text, naming.Question.Facts)
                .Select(actor => FactSpotter.SurnameAround(answer.Sentence.Text, actor))
                .FirstOrDefault(surname => surname is not null && surnames.Contains(surname)) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The question's words said in the event it counts the time to and not in the one it counts from:
    /// "How long after the border clash did the federation fine the coach?" wants the fine dated, not the clash.
    /// </summary>
    private List<QueryTerm> AskedEventTerms(string clause, List<QueryTerm> names, List<QueryTerm> focus)
    {
        var asked = QuestionClauses.AskedEvent(clause);
        var countedFrom = QuestionKindReader.WithoutOpener(clause)[..^asked.Length];
        var fromStems = QuestionClauses.Words(countedFrom).Select(w => matcher.StemOf(w)).ToHashSet(StringComparer.Ordinal);
        // Its deed and other words, not the names the whole question is about ("Zembla" in both events); its names
        // only when it says nothing else ("How long after the vote did FIFA?").
        var own = focus.Where(t => QuestionClauses.Says(asked, t.Word) && !fromStems.Contains(t.Stem)).ToList();
        return own.Count > 0 ? own : [.. names.Where(t => QuestionClauses.Says(asked, t.Word) && !fromStems.Contains(t.Stem))];
    }
}
