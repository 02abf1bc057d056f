using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// The yes or no a yes/no question's answering sentence gives, when it gives one plainly, so the answer can open with
/// it. Two kinds of question are read, each by its own words:
/// <list type="bullet">
/// <item>whether something still holds ("Is Miras still banned?", "Is Rubiales still president?"): a sentence saying
/// it ended ("lifted", "withdrawn", "removed", "resigned") next to a word of what is asked about says no, one saying it stays
/// ("upheld", "remains", "stands") says yes;</item>
/// <item>whether somebody may do something ("Can Aske swim in July?", "Is Drascu allowed to play?"): a sentence saying
/// they are cleared, free or allowed to, selected or recalled, or that a ban on them or the ruling that barred them
/// was lifted or overturned, says yes; one saying
/// they are barred, banned, excluded or cannot, says no.</item>
/// </list>
/// Read in the clauses that name one of the question's names (a "who resigned in March" clause tells of somebody's
/// other deed); none when those clauses say both, or neither, and none for any other yes/no question, which the
/// sentence answers in its own words.
/// </summary>
public static partial class YesNoVerdict
{
    /// <summary>How near a word of what is asked about the word saying it ended or stays must be: "upheld the 12-month ban on…".</summary>
    private const int StateReach = 6;

    /// <summary>
    /// Whom a yes/no question asks about is named right after its verb ("Is Teodor Miras still…"): a word of ending or
    /// staying next to that name ("…said Dravec") may be about anything else of theirs, so only the other names count.
    /// </summary>
    private const int SubjectWords = 3;

    /// <summary>How far after a word of ending its object is read: "lifted the suspension", "ended its two-year boycott".</summary>
    private const int BanObjectReach = 3;

    public static bool? Of(QuestionReading reading, string sentence)
    {
        if (reading.Asks != AskedFor.YesNo)
        {
            return null;
        }

        var question = QuestionKindReader.WithoutOpener(QuestionClauses.First(reading.Query.Question));
        var permission = PermissionAsked().IsMatch(question);
        if (!permission && !reading.Facts.AsksIfStill)
        {
            return null;
        }

        // "Ellenmark and Baltavia said their boycott remained in place" says nothing of Norvenia's: the sentence must
        // name whom the question asks about.
        var subject = SubjectOf(reading);
        if (subject.Count > 0 && !subject.Any(name => reading.Facts.Matcher.Mentions(reading.Facts.Matcher.Read(sentence, subject), name)))
        {
            return null;
        }

        var clauses = Clause().Split(sentence).Where(c => c.Length > 0).ToList();
        var naming = clauses.Where(c => reading.Names.Count > 0 && reading.Facts.NamesAny(c)).ToList();
        var read = naming.Count > 0 ? naming : clauses;
        // "Are Russian ice hockey players still suspended?" asks about the players: "Russian and Belarusian teams remain
        // suspended, but individual players may again take part" keeps the teams' suspension, not theirs. Whether
        // something still holds is read only in a clause that says whom or what it is asked of, by the word before "still".
        if (!permission && StillOf().Match(question) is { Success: true } still)
        {
            var head = reading.Facts.Matcher.StemOf(still.Groups["head"].Value);
            // By the word itself: "teams" is of the players' concept, and not the players.
            read = [.. read.Where(c => QuestionClauses.Words(c).Any(w => reading.Facts.Matcher.StemOf(w) == head))];
        }

        var says = read.Select(c => permission ? Permission(c, reading, subject) : Still(c, reading, subject)).Where(v => v is not null).Distinct().ToList();
        return says is [var one] ? one : null;
    }

    /// <summary>Yes when the clause says the one asked about may, no when it says they may not; null for neither or both.</summary>
    private static bool? Permission(string clause, QuestionReading reading, List<QueryTerm> subject)
    {
        if (ProhibitionLifted().IsMatch(clause))
        {
            return true;
        }

        // "not eligible", "will never be allowed to": a permission negated says no. "The conditions allowed only
        // individual athletes to compete" allows somebody else than the Russians asked about.
        var matcher = reading.Facts.Matcher;
        var allowing = AllowsSomebody().Matches(clause)
            .Where(m => subject.Any(name => matcher.Mentions(matcher.Read(m.Groups["who"].Value, subject), name)));
        var negated = Allowed().Matches(clause).Concat(allowing).Select(m => Negated().IsMatch(clause[..m.Index])).ToList();
        var yes = negated.Contains(false);
        var no = negated.Contains(true) || Prohibited().IsMatch(clause);
        return yes == no ? null : yes;
    }

    /// <summary>No when the clause says what is asked about ended, yes when it says it stays; null for neither or both.</summary>
    private static bool? Still(string clause, QuestionReading reading, List<QueryTerm> subject)
    {
        var words = QuestionClauses.Words(clause).ToList();
        var stems = words.Select(reading.Facts.Matcher.StemOf).ToList();
        var asked = reading.Focus.Concat(reading.Names.Where(n => !subject.Contains(n))).ToList();
        bool Near(int at) => Enumerable.Range(Math.Max(0, at - StateReach), Math.Min(words.Count, at + StateReach + 1) - Math.Max(0, at - StateReach))
            .Any(i => i != at && asked.Any(term => reading.Facts.Matcher.SameWord(term.Stem, stems[i])));
        // "Will the World Cup still be held in India?" is not answered no by "FIFA lifted the suspension of the All India
        // Football Federation": ending a ban ends what the question asks about only when it asks about a ban.
        var asksAboutABan = ProhibitionAsked().IsMatch(reading.Query.Question);
        bool EndsAnotherBan(int at) => !asksAboutABan && words.Skip(at + 1).Take(BanObjectReach).Any(w => BanNoun().IsMatch(w));
        // "Is the tournament still cancelled?": the question's own word says the state holds, not that it ended.
        bool AskedWord(int at) => reading.Focus.Any(term => reading.Facts.Matcher.SameWord(term.Stem, stems[at]));
        var ended = words.Select((w, i) => (w, i)).Any(x => Ended().IsMatch(x.w) && !AskedWord(x.i) && Near(x.i) && !EndsAnotherBan(x.i)) || NoLonger().IsMatch(clause);
        var stays = words.Select((w, i) => (w, i)).Any(x => Stays().IsMatch(x.w) && Near(x.i));
        return ended == stays ? null : stays;
    }

    private static List<QueryTerm> SubjectOf(QuestionReading reading)
    {
        var opening = QuestionClauses.Words(reading.Query.Question).Skip(1).Take(SubjectWords).ToList();
        return [.. reading.Names.Where(n => opening.Contains(n.Word, StringComparer.OrdinalIgnoreCase))];
    }

    [GeneratedRegex(@"\b(?<head>[\p{L}\p{N}-]+)(?:['’]s)?\s+(?:(?:currently|now|actually|really)\s+)?still\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillOf();

    [GeneratedRegex(@"^(?:can|could|may)\b|^(?:is|are|was|were|will)\s+.+?\s+(?:be\s+)?(?:allowed|eligible|free|able|cleared|permitted)\s+to\b|^(?:is|are)\s+.+?\s+back\s+(?:in|on|at|with|\p{L}+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PermissionAsked();

    // A clause ends at a semicolon or colon, and before "who", "which" or "but" after a comma: what follows tells another deed.
    [GeneratedRegex(@"\s*[;:]\s*|,\s+(?=(?:who|which|whose|but|while|although|though)\b)|\s+but\s+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"\b(?:lifted|lifts|lifting|overturned|overturns|quashed|annulled|rescinded|revoked|cancelled|canceled|scrapped|removed|struck down)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:ban|bans|suspension|exclusion|sanction|sanctions|barred|banned|excluded|suspended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProhibitionLifted();

    // "allowed to compete", not "the conditions allowed only individual athletes", which allows somebody else.
    [GeneratedRegex(@"\b(?:clear(?:s|ed|ing)?\s+(?:[\p{L}'’-]+\s+){0,4}?to|(?:free|allowed|permitted|eligible|able|set) to\b|eligible\b|(?:select|selects|selected|selecting|recall|recalls|recalled|reinstated|readmitted)\s+(?:her|him|them|the)\b|(?:has|have|had been|been|was|were) (?:recalled|reinstated|readmitted|selected)\b|back in\b|(?:return|returns|returned)\s+to\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Allowed();

    // "a compromise that will allow Estravian teenager Katya Lindrov to compete": allowed, when it names whom the question asks about.
    [GeneratedRegex(@"\b(?:allow|allows|allowed|allowing|permit|permits|permitted|let|lets|letting)\s+(?<who>(?:[\p{L}'’-]+\s+){1,4}?)to\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllowsSomebody();

    [GeneratedRegex(@"\b(?:not|never|no longer|n't|nor)\s+(?:be\s+|been\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b(?:barred|banned|excluded|exclusion|ineligible|cannot|can't|ruled out|kept out|shut out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prohibited();

    [GeneratedRegex(@"\b(?:ban|banned|bans|suspended|suspension|barred|excluded|exclusion|expelled|kicked out|thrown out|blacked out|boycott\w*|sanction\w*|locked up|jailed|detained|in custody|in prison|behind bars)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProhibitionAsked();

    [GeneratedRegex(@"^(?:ban|bans|suspension|suspensions|exclusion|boycott|sanction|sanctions|embargo|blackout)$", RegexOptions.IgnoreCase)]
    private static partial Regex BanNoun();

    [GeneratedRegex(@"^(?:lifted|lifts|overturned|overturns|quashed|annulled|rescinded|revoked|cancelled|canceled|scrapped|withdrawn|withdrew|withdraws|removed|reinstated|readmitted|restored|released|freed|cleared|ended|ends|dropped|abandoned|expired|reversed|resigned|resigns|quit|quits|sacked|fired|ousted|retired)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ended();

    [GeneratedRegex(@"\bno longer\b|\b(?:stepped|steps|stood|stands) down\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoLonger();

    [GeneratedRegex(@"^(?:upheld|upholds|uphold|remains|remain|remained|still|stands|stood|extended|maintained|maintains|kept)$", RegexOptions.IgnoreCase)]
    private static partial Regex Stays();
}
