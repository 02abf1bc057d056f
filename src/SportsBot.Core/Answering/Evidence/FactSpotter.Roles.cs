using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

public static partial class FactSpotter
{
    /// <summary>
    /// "Who is the president of the IPC?" is not answered by "The president of the Russian Paralympic Committee, Pavel
    /// Rozhkov, …": every time the sentence says the asked role, the role is tied to a body the question does not name,
    /// after it ("president of the Russian Paralympic Committee") or before it ("the Russian committee's president",
    /// "RPC President"). A role tied to none, or to one of the question's names, is the one asked about. "Who heads the
    /// Tarsenian players' union?" is not answered by "the Tarsenian Football Federation, whose president Hugo Sarrat…"
    /// either: a head of any title is read, and the body must be of the kind asked (<see cref="FactContext.HeadedBody"/>).
    /// An assistant's post ("goalkeeping coach", "deputy minister") is not the one asked about either.
    /// </summary>
    private static bool RoleOfAnother(string sentence, FactContext context)
    {
        if (context.Relation is null || context.Names.Count == 0)
        {
            return false;
        }

        var relation = context.Matcher.StemOf(context.Relation);
        bool IsRole(string stem) => stem == relation || (relation.Length >= 4 && stem.StartsWith(relation, StringComparison.Ordinal))
            || (context.HeadedBody is not null && HeadTitle().IsMatch(stem));
        var words = WordWithPosition().Matches(sentence).ToList();
        var roles = 0;
        for (var i = 0; i < words.Count; i++)
        {
            // The role's own word ("president", "chairman" for "chair"), not another word of its concept: "purchase of
            // the Premier League club" says what was bought, not whose buyer it is.
            var stem = context.Matcher.StemOf(words[i].Value);
            if (!IsRole(stem))
            {
                continue;
            }

            roles++;
            // "Who is the head coach?" is not answered by "goalkeeping coach Luka Pavlin": an assistant's post is
            // another, unless the question names it.
            if (i > 0 && context.UnderThePost(words[i - 1].Value))
            {
                continue;
            }

            // "The electoral commission's chair, Piotr Halvek" for "Who chaired the Arbitration Panel hearing?": a body
            // the story names only by its kind owns the role, and a body of another kind than the question names is
            // another body. "The federation's president" may be the named federation's.
            if (i > 0 && KindOwning(words[i - 1].Value) is { } owner
                && context.Names.Select(n => QuestionClauses.BodyKind(n.Word)).OfType<string>().ToList() is [_, ..] kinds && !kinds.Contains(owner))
            {
                continue;
            }

            var body = BodyAfter(words, i) ?? BodyBefore(sentence, words, i) ?? OwnerBefore(words, i);
            if (body is null || (context.NamesAny(body) && (context.HeadedBody is not { } kind || !IsAnotherKind(body, kind))))
            {
                return false;
            }
        }

        return roles > 0;
    }

    /// <summary>
    /// "Who is Sarnia's president?" is not answered by "Dazhi refused to praise Sarnia's president": a role only a person
    /// holds must be said with the one who holds it: a name right after it ("president, Aru Semet", "coach Arne
    /// Tollef", "coach of the national team, Ivan Petrov", "the new chairman is British banker Thomas Greer"), before it in apposition ("Semet, the federation's president"), as the subject of being or becoming it
    /// ("Okonjo has been elected president", "He became coach", "Okoye … has stepped back to become the PPC's first
    /// commissioner"), or named as it ("appointed Asante as secretary general").
    /// </summary>
    private static bool RoleHeldByNobodyNamed(string sentence, FactContext context)
    {
        if (!HeldByAPerson(context))
        {
            return false;
        }

        // "Kessaway … has stepped down as general manager. He is replaced by Annika Florou": whoever replaces the holder
        // holds the role, though the sentence that names her does not say it again.
        if (Successor().Match(sentence) is { Success: true } successor && !successor.Groups["name"].Value.Split(' ').Any(context.IsQuestionName))
        {
            return false;
        }

        // The role as a noun: "coached by Petrov", "Petrov, who coached them" say the deed, whose doer is the answer.
        var relation = context.Matcher.StemOf(context.Relation!);
        var roles = WordWithPosition().Matches(sentence)
            .Where(w => context.Matcher.StemOf(w.Value) == relation && !w.Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return roles.Count > 0 && !roles.Any(role =>
            IsAnotherHolder(HolderAfter().Match(sentence[(role.Index + role.Length)..]), context)
            || IsAnotherHolder(HolderBefore().Match(sentence[..role.Index]), context)
            || (ToBecome().IsMatch(sentence[..role.Index]) && PersonName().Match(sentence) is { Success: true, Index: 0 } subject && !subject.Value.Split(' ').Any(context.IsQuestionName)));
    }

    /// <summary>
    /// "Who will captain Marovia now that Oranek can't go?" is not answered by "three players - including captain Davit
    /// Oranek - will still miss the tournament": the holder set right beside the role is the one the question names, so
    /// the sentence tells who held it, not who holds it in his place. Further off ("whose chairman is the former Rockets
    /// centre Yao Ming") a capitalised word may only describe the holder, and a pronoun ("He became coach") may be anyone.
    /// </summary>
    private static bool IsAnotherHolder(Match holder, FactContext context) =>
        holder.Success && !(holder.Groups["name"] is { Success: true } name && name.Value.Split(' ').Any(context.IsQuestionName));

    // "coach Arne Tollef", "president, Aru Semet", "coach of the national team, Ivan Petrov", "The new chairman is
    // British banker Thomas Greer".
    [GeneratedRegex(@"^(?:(?:\s+|,\s+|\s+\(|:\s+)(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)|(?:\s+of\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+,\s+|\s+(?:is|was|will be|becomes|became|has been|had been)\s+(?:[\p{L}'’-]+\s+){0,4}?)\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex HolderAfter();

    /// <summary>"He is replaced by Annika Florou": the sentence names who takes the post of the one it refers to.</summary>
    public static bool NamesASuccessor(string sentence) => Successor().IsMatch(sentence);

    // "He is replaced by Annika Florou", "will be succeeded as chairman by former finance director Jan Ek".
    [GeneratedRegex(@"\b(?:is|was|are|were|will be|has been|had been|have been)\s+(?:replaced|succeeded)\s+(?:[\p{Ll}-]+\s+){0,3}?by\s+(?:[\p{Ll}-]+\s+){0,3}(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)")]
    private static partial Regex Successor();

    // "Sanna Okoye, the owner who led the breakaway, has stepped back to become the PPC's first commissioner": the
    // sentence's subject, named at its start, becomes what follows.
    [GeneratedRegex(@"\bto (?:become|be named|be appointed|take over as|serve as|act as)\s+(?:[\p{L}'’-]+\s+){0,4}$")]
    private static partial Regex ToBecome();

    private const string Being = @"(?:is|was|became|becomes|has been|had been|have been|will be|remains|remained|served as|serves as)";

    // "Semet, the federation's", "Okonjo has been elected", "appointed Asante as", "he became": a name (not an owner's
    // "Sarnia's") set beside the role, being it, or named as it, with any age said between ("Priya Handel, 27, has been
    // named as the new captain") or a clause about them ("Dalia Roux, who had been leading the squad…, has been
    // confirmed as permanent head coach"); a pronoun being it names whom it refers to.
    [GeneratedRegex(@"(?:(?<name>\p{Lu}[\p{L}-]+)(?<!['’]s),\s+(?:(?:the|a|an|its|his|her|their)\s+)?|(?<name>\p{Lu}[\p{L}-]+)(?<!['’]s)(?:,\s+\d{1,3},)?,?\s+(?:who\s+)?(?:" + Being + @"|as)\s+|(?<name>\p{Lu}[\p{L}-]+)(?<!['’]s),\s+who\s+[^,]+,\s+(?:has|have|had)\s+been\s+(?:confirmed|named|appointed|elected|chosen)\s+as\s+|\b(?:[Hh]e|[Ss]he|[Ww]ho)\s+" + Being + @"\s+)(?:[\p{L}'’-]+\s+){0,4}$")]
    private static partial Regex HolderBefore();

    /// <summary>
    /// "Tarsenian Football Federation" is a body of another kind than a players' union; one named by no word of its
    /// kind ("Polish", of "president of the Polish football federation") is of none other.
    /// </summary>
    private static bool IsAnotherKind(string body, string asked) =>
        QuestionClauses.Words(body).Select(QuestionClauses.BodyKind).FirstOrDefault(kind => kind is not null) is { } kind && kind != asked;

    /// <summary>
    /// The heads of a body, by the stems of their titles ("president", "chairman", "chief", "head", "leader") and of
    /// the deed of heading it ("led by Lea Stam"), which ties the head to no other body.
    /// </summary>
    [GeneratedRegex(@"^(?:presid|chair|chief|head|lead|boss)|^led$")]
    private static partial Regex HeadTitle();

    /// <summary>
    /// "The Tarsenian Football Federation, whose president Hugo Sarrat…": the capitalised words before ", whose" right
    /// before the role.
    /// </summary>
    private static string? OwnerBefore(List<Match> words, int role)
    {
        if (role < 2 || !words[role - 1].Value.Equals("whose", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var run = words.Take(role - 1).Reverse().TakeWhile(w => char.IsUpper(w.Value[0]) || w.Value is "of" or "for" or "and").Reverse().Select(w => w.Value).ToList();
        return run.Count == 0 ? null : string.Join(' ', run);
    }

    /// <summary>"president of (the) Russian Paralympic Committee": the capitalised words after "of".</summary>
    private static string? BodyAfter(List<Match> words, int role)
    {
        var at = role + 1;
        if (at >= words.Count || !words[at].Value.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        at++;
        if (at < words.Count && words[at].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            at++;
        }

        var run = words.Skip(at).TakeWhile(w => char.IsUpper(w.Value[0])).Select(w => w.Value).ToList();
        return run.Count == 0 ? null : string.Join(' ', run);
    }

    /// <summary>
    /// "Russian Paralympic Committee's president", "IPC President", "England captain Harry Kane": the capitalised words
    /// right before the role, when they own it (a possessive), the role is written as part of their name, or it
    /// titles the person named after it. Before a verb they are its subject:
    /// in "Ostland's Lia Varga won the final" the winner is Varga, not a body of hers.
    /// </summary>
    private static string? BodyBefore(string sentence, List<Match> words, int role)
    {
        // "England captain Harry Kane": a role between a body's name and a person's is that body's. A participle there is
        // a deed, not a title: "…the International Canoe Union, beating Dieter Krall".
        var titled = role > 0 && role + 1 < words.Count && char.IsUpper(words[role + 1].Value[0]) && char.IsUpper(words[role - 1].Value[0])
            && !words[role].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var owned = role > 0 && (char.IsUpper(words[role].Value[0]) || IsPossessive(words[role - 1].Value) || titled);
        if (!owned)
        {
            return null;
        }

        var run = new List<string>();
        for (var at = role - 1; at >= 0; at--)
        {
            var word = words[at].Value;
            // A capital that opens the sentence says nothing, unless it owns what follows ("Russia's Sports Minister").
            if (!char.IsUpper(word[0]) || IsCalendarWord(word) || (OpensSentence(sentence, words[at].Index) && !IsPossessive(word)))
            {
                break;
            }

            run.Insert(0, IsPossessive(word) ? word[..^2] : word);
        }

        return run.Count == 0 ? null : string.Join(' ', run);
    }

    /// <summary>"commission" of "commission's": the kind of body owning what follows, written without its name.</summary>
    private static string? KindOwning(string word) =>
        IsPossessive(word) && char.IsLower(word[0]) ? QuestionClauses.BodyKind(word[..^2]) : null;

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>The posts a person takes up, holds for a time or for good, and loses: one list for every rule about posts.</summary>
    internal const string Posts = "president|chairman|chairwoman|chair|coach|manager|captain|director|executive|chief|secretary|minister|commissioner|boss|head";

    /// <summary>The word names a post a person holds ("coach", "minister"); "head" only says which one ("head coach").</summary>
    public static bool IsPost(string word) => !word.Equals("head", StringComparison.OrdinalIgnoreCase) && PostWord().IsMatch(word);

    [GeneratedRegex(@"^(?:" + Posts + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex PostWord();

    /// <summary>
    /// "Annelie Dorsch will become head coach on 1 June", "Falkvik was elected president": someone takes up a post, and
    /// so takes it from whoever held it before; so does one who "will lead the team on an interim basis" take the coach's.
    /// In a story about the last holder, that answers who replaces them.
    /// </summary>
    /// <param name="interim">
    /// Whether the question asks for a stand-in (true: "interim", "acting", "caretaker") or the lasting holder (false:
    /// "permanent"), or neither (null). A stand-in and the lasting holder are two answers: the post taken must be said
    /// to be for a time ("on an interim basis"), or not, as asked.
    /// </param>
    /// <param name="postAsked">
    /// Whether a post is the one the question asks about, when it names one: "the permanent replacement for the coach"
    /// is not answered by "Lene Varga has been named as the new captain". Null when it names none.
    /// </param>
    public static bool TakesUpAPost(string sentence, bool? interim = null, Func<string, bool>? postAsked = null) =>
        PostTakenUp().Matches(sentence).Any(post => (interim is not { } stand
            || stand == StandIn().IsMatch(sentence.AsSpan(post.Index, Math.Min(sentence.Length - post.Index, post.Length + StandInReach))))
            && (postAsked is null || !post.Groups["post"].Success || post.Value.Split(' ').Any(postAsked)));

    /// <summary>
    /// "Who did the Ironsides appoint as permanent chief executive?" is not answered by "Amara Velloux has been
    /// appointed interim chief executive": a sentence that calls the post a stand-in's, and never permanent, names
    /// nobody for the permanent post.
    /// </summary>
    private static bool NamesOnlyAStandIn(string sentence, FactContext context) =>
        context.IsQuestionWord("permanent") && PostHeld().Matches(sentence).Any(p => p.Groups["stand"].Success) && !PostHeld().Matches(sentence).Any(p => p.Groups["lasting"].Success);

    // "interim chief executive", "acting head coach", "permanent head coach": a post said to be held for a time, or for good.
    [GeneratedRegex(@"\b(?:(?<stand>" + StandInWords + @")|(?<lasting>permanent))\s+(?:[\p{L}-]+\s+){0,2}?(?:" + Posts + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostHeld();

    /// <summary>How far after the post a stand-in's words may come: "will lead the team on an interim basis".</summary>
    private const int StandInReach = 30;

    /// <summary>The words that say a post is held for a time, by a stand-in.</summary>
    internal const string StandInWords = "interim|acting|caretaker|temporary";

    [GeneratedRegex(@"\b(?:" + StandInWords + @"|temporarily)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StandIn();

    [GeneratedRegex(@"\b(?:will become|becomes|became|has become|have become|will be appointed|was appointed|has been appointed|will be named|was named|has been named|takes over as|took over as|will take over as|to take over as|was elected|has been elected)\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:new\s+|permanent\s+|full-time\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?<post>" + Posts + @")\b(?:\s+(?:coach|executive|officer|secretary|of\s+\p{L}+))?"
        + @"|\b(?:will|to)\s+(?:lead|take charge of|be in charge of)\s+the\s+(?:team|side|squad)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostTakenUp();
}
