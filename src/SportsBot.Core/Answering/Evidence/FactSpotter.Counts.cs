using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"How many…", "How old…", "How much…", "How long…", a rank or a score: a number that counts what the question asks about.</summary>
public static partial class FactSpotter
{
    private static bool HasCount(string sentence, FactContext context)
    {
        // Of a match the question names ("What was the score when Iran played Wales?", "How many goals did Iran score
        // against Wales?"), only a sentence naming both sides: "England led 3-0" is another match.
        if (!context.NamesBothSides(sentence))
        {
            return false;
        }

        // "How many votes did Kestel get?" is not answered by "winning the seat by just 212 votes": a margin is how many
        // more she got, not how many. A tally ("by 71 votes to 54") counts both sides.
        if (context.AsksAboutAVote && !context.AsksForAMargin)
        {
            sentence = Margin().Replace(sentence, " ");
        }

        // "How long after the invasion did the IOC act?": the date of the IOC's act is half the answer, the invasion's
        // the other half (a second sentence, or the story's); a stated length ("a day later") is all of it. A date in
        // a sentence that says nothing of the act is the invasion's, or something else's.
        if (context.AsksForTimeBetween && ((HasDate(sentence) && context.SaysTheAskedEvent(sentence)) || StatesALength(sentence)))
        {
            return true;
        }

        // "How old": an age ("sentenced to nine years" is not one) given next to a name the question asks about, not
        // the age of someone else in the story. A sentence whose only person is the one asked about gives their age
        // wherever it says it: "Owen Dray, the former captain, who won 54 caps, was diagnosed at the age of 39".
        if (context.AskedWord is "old")
        {
            var people = PersonNames(sentence).ToList();
            if (people.Count > 0 && people.All(name => name.Split(' ').Any(context.IsQuestionName)) && Age().IsMatch(sentence))
            {
                return true;
            }

            // "How old was the ball girl who passed out?" names nobody: the age given to the noun it describes her by
            // ("a 14-year-old ball girl collapsed") is hers.
            if (context.Names.Count == 0 && Age().Matches(sentence).Any(age => age.Value.EndsWith("-year-old", StringComparison.Ordinal)
                && WordWithPosition().Matches(sentence[(age.Index + age.Length)..]).Take(2)
                    .Any(w => char.IsLower(w.Value[0]) && context.QuestionWords?.Contains(context.Matcher.StemOf(w.Value)) == true)))
            {
                return true;
            }

            return Age().Matches(sentence).Any(age =>
                WordWithPosition().Matches(sentence[..age.Index]).TakeLast(AgeNameDistance)
                    .Concat(WordWithPosition().Matches(age.Value))
                    .Concat(WordWithPosition().Matches(sentence[(age.Index + age.Length)..]).Take(AgeNameDistance))
                    .Any(w => char.IsUpper(w.Value[0]) && context.IsQuestionName(w.Value)));
        }

        // "How much did MTR pay for the rights?", "How much did Oresko take?": money, in a sentence that tells that deed
        // and not another's. "MTR asked for 7 million dollars in damages" tells of no payment, "MTR had paid 14 million"
        // is not what Kivo paid, and neither a "20 per cent stake" nor "12 votes to 10" is a price. Nor is a sum agreed
        // or offered ("had agreed to buy 75 per cent for 160 million pounds") one that changed hands, unless the
        // question asks for the offer.
        if (context.Money is { } money)
        {
            // One sentence gives both: "He was also fined 100,000 francs" before "…knew of the payment" tells no payment's sum.
            return Knowledge.SentenceSplitter.Split(sentence).Any(one => (HasMoney(one) || SumPaidAsAsked(one, money, context)) && Words(one).Any(w => money.Said.Contains(w.ToLowerInvariant()))
                && !AnotherPaid(one, money.Doer) && !AnotherDescribedPaid(one, money.DoerNoun, money.Doer) && (money.AcceptsASumToCome || !PaymentToCome().IsMatch(one)));
        }

        // "How much did Ashley sell the club for": an amount of money or a share, not any number in the story.
        if (context.AskedWord is "much")
        {
            return HasAmount(sentence);
        }

        // "What share of players backed the strike": a part of a whole ("94 per cent", "two thirds"), not a sum of money.
        if (context.AskedWord is "share")
        {
            return PartOfAWhole().IsMatch(sentence);
        }

        // "How much money has the board frozen?": an amount in a currency is money, whatever the sentence calls it
        // ("has frozen its annual payments, about 16 million dollars"), when it says what the question says is done
        // with it in the same sentence; any sum in the story is not the one asked about.
        if (context.AskedWord is "money" && Knowledge.SentenceSplitter.Split(sentence).Any(one => HasMoney(one)
            && Words(one).Any(w => context.QuestionWords?.Contains(context.Matcher.StemOf(w)) == true && !context.IsCounted(w))))
        {
            return true;
        }

        // "How much prize money did she get": an amount, in a sentence that says what it is of.
        if (context.AsksForAmount && AmountOfTheCounted(sentence, context))
        {
            return true;
        }

        // "How long was he banned": a length of time ("almost ten months", "a three-year ban", "a year", "from 4 to 20
        // February", "until late 2026"), not any number in the story ("a two-time Olympic champion").
        if (context.AskedWord is "long")
        {
            return LastsALength(sentence, context);
        }

        // "How far inside the zone was the yacht?": a distance in its unit ("0.4 nautical miles", "a 3.8 km street
        // circuit", "about 300 metres"), not the race's place or any other number in the story.
        if (context.AskedWord is "distance")
        {
            return Distance().IsMatch(sentence);
        }

        if (context.AskedWord is "concentration")
        {
            return ConcentrationFigure().IsMatch(sentence);
        }

        // "How long is the Skerra Sea Race?": a course's own length ("the 620-nautical-mile race", "a 3.8 km street
        // circuit", "the lap measures 5 km"), not how far inside a zone a yacht in it strayed.
        if (context.AskedWord is "course length")
        {
            return CourseLength().IsMatch(sentence);
        }

        // "What was her time?": a race time, as the clock gives it ("touched in 4:01.37") or in seconds, minutes or
        // hours ("in 19.87 seconds"), not how long a ban ran.
        if (context.AskedWord is "race time")
        {
            return RaceClock().IsMatch(sentence) || CountOf(sentence, following => following.Any(w => ClockUnit().IsMatch(w)));
        }

        // "What was her world ranking", "What was he seeded", "What is his rating": a place in an order ("world No. 9",
        // "ranked 14th", "the fourth seed", "top seed") or a rating's number ("rated 2765"), not any number in the story,
        // and not "highest-rated", which says he is first of his country's players and not what his rating is. A place in
        // the standings ("fourth in Group C", "top of the table") is a rank too.
        if (context.AskedWord is "rank")
        {
            return Ranking().IsMatch(sentence);
        }

        // "What testosterone limit do the rules set": a number set as a bound ("below 2.5 nmol/L", "no more than five",
        // "capped at £30m", "a limit of 18"), not any number in the story ("three world titles").
        if (context.AskedWord is "limit")
        {
            return Bound().IsMatch(sentence);
        }

        // "What was the score": a result such as 45-42, nothing else.
        // A run of results ("beat Brenmark 27-25, lost 24-30 to Halvaria and…") gives each score between the side
        // named beside it and the sentence's subject: it holds no score of Halvaria against Brenmark.
        if (context.AskedWord is "score" or "scoreline")
        {
            var scores = Score().Matches(sentence);
            return scores.Count > 0 && (context.MatchSides is not { Count: 2 } || scores.Count == 1 || scores.Any(score => ScoreBetweenTheSides(sentence, score, context)));
        }

        // "What was the result", "How did Denmark get on": a score, or how it ended (won, lost, knocked out, reached the final).
        if (context.AskedWord is "result")
        {
            return Score().IsMatch(sentence) || Outcome().IsMatch(sentence);
        }

        // "What was the vote count when Gibraltar was admitted?" is not answered by the tally that admitted Kosovo: a
        // tally counts the vote on what the sentence names.
        if (context.AskedWord is "tally")
        {
            return GivesATally(sentence) && (context.Names.Count == 0 || context.Matcher.Read(sentence, context.Names) is var read && context.Names.Any(name => context.Matcher.Mentions(read, name)));
        }

        // "How many federations voted for it?": a vote's tally ("voted 89 to 46", "by four votes to three") or a count of
        // votes or sides ("received 142 votes", "nine against") counts those who voted, whatever the sentence calls them;
        // so does a referendum's share ("56 per cent voting against").
        if (context.AsksAboutAVote && Vote().IsMatch(sentence)
            && (Tally().Matches(sentence).Any(t => !IsCalendarWord(t.Groups["after"].Value)) || VoteCount().IsMatch(sentence) || VoteShare().IsMatch(sentence)))
        {
            return true;
        }

        // "How many protesters were detained?": "The protest… led to 23 people being detained" counts them, for the
        // sentence (or the one before it) speaks of that kind of people, by the question's word or one of its concept
        // ("protest"). A count of people in a sentence about others ("17 people were hurt in the crash") is not theirs.
        if (context.CountsAKindOfPeople && WordWithPosition().Matches(sentence).Any(w => context.IsCounted(w.Value))
            && CountOf(sentence, following => following.Any(w => PeopleCounted().IsMatch(w))))
        {
            return true;
        }

        // "How many people signed the petition?" is counted by "more than 38,000 signatures", one for each who signed;
        // "How many climbers lost their lives?" by "we lost 14 lives" or "14 deaths", one for each who died.
        if (context.AskedStem is not null && PeopleByWhatTheyLeft(context) is { } left && CountOf(sentence, following => following.Any(w => left.IsMatch(w))))
        {
            return true;
        }

        // "How many people were arrested at league games?" is counted by "412 arrests", one for each, and "how many refs
        // got assaulted" by "147 reported assaults on referees": a count of the deed done to them.
        if (context.CountedByDeed is { } deed && CountOf(sentence, following => following.Take(2).Any(w => w.EndsWith('s') && context.Matcher.SameWord(deed, context.Matcher.StemOf(w)))))
        {
            return true;
        }

        if (context.AskedStem is null && Duration().IsMatch(sentence))
        {
            return true;
        }

        // A count of the asked noun, or any count when the question names none; or the number of it given later in
        // the sentence ("put the number of AINs who accepted invitations at 15").
        // "her fourth title" says how many titles she has so far: an ordinal after "her", "his", "their" or "its" counts
        // the asked noun. Nobody's ordinal is no count ("the first gold medal for a neutral athlete", "a third shirt"),
        // nor one of a name ("Ukraine's first gold medal" when the question is about the neutral athletes' medals).
        // A count changed is told after its noun: "reduced the club's points deduction from 12 to seven" counts points.
        return CountOf(sentence, following => context.AskedStem is null || following.Any(context.IsCounted), ordinals: context.AskedStem is not null)
            || NumberOf().Matches(sentence).Any(m => context.IsCounted(m.Groups["noun"].Value) && CountOf(sentence[(m.Index + m.Length)..], _ => true))
            || ChangedCount().Matches(sentence).Any(m => IsCount(m.Groups["from"].Value) && IsCount(m.Groups["to"].Value)
                && m.Groups["noun"].Captures.Any(noun => context.IsCounted(noun.Value)));
    }

    [GeneratedRegex(@"\b(?:(?<noun>\p{Ll}[\p{L}-]*)\s+){1,2}from\s+(?<from>[\p{L}\p{N}€$£.,%-]+?)\s+to\s+(?<to>[\p{L}\p{N}€$£.,%-]+?)(?=[\s.,;:]|$)")]
    private static partial Regex ChangedCount();

    private const string Counts = @"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    [GeneratedRegex(@"\b(?:below|under|above|over|up to|at most|at least|no more than|no fewer than|no less than|not more than|not exceed|exceeding|maximum of|minimum of|(?:limit|threshold|cap|ceiling|quota) of|limited to|capped at|set at|lowered to|raised to|cut to)\s+(?:a |an |the )?(?:[€$£]\s?)?(?:\d[\d.,]*|" + Counts + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();

    [GeneratedRegex(@"[:;,]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:the|its|their|his|her|these|those|them|us|which|whom|\d[\d,.]*|[\p{L}-]+['’]s)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhich();

    [GeneratedRegex(@"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:her|his|their|its)$", RegexOptions.IgnoreCase)]
    private static partial Regex Whose();

    [GeneratedRegex(@"^(?:with|for|from|in|at|by|on|to|after|before|against|over|under|during|since)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(?:" + Currencies + "|metres?|meters?|kilometres?|kilometers?|miles?|kilograms?|kg|km)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    // "put the number of AINs at 15", "Membership of the Fans' Union has grown to 340": the count of the noun comes after it.
    [GeneratedRegex(@"\bnumber of (?<noun>[\p{L}-]+)|\b(?<noun>\p{L}+)(?:\s+of\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}'’]*)(?:\s+(?-i:\p{Lu}[\p{L}'’]*)){0,3})?\s+(?:has\s+|have\s+|had\s+)?(?:grown|grew|risen|rose|fallen|fell|climbed|increased|dropped|stands|stood)\s+(?:to|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOf();

    /// <summary>
    /// A number (not a year, nor a day of a month: "on 2 August") whose counted words pass <paramref name="counts"/>:
    /// the few words after it ("15 athletes", "15 of the 32 athletes") and the word joined to it ("a three-year ban"
    /// counts years).
    /// </summary>
    private static bool CountOf(string sentence, Func<IReadOnlyList<string>, bool> counts, bool ordinals = false)
    {
        var matches = WordWithPosition().Matches(sentence);
        var words = matches.Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // A unit is what a number counts, not a number itself: "dollars a match" counts no matches.
            if (!(IsCount(words[i]) || (ordinals && i > 0 && Ordinal().IsMatch(words[i]) && Whose().IsMatch(words[i - 1]))) || (i + 1 < words.Count && IsCalendarWord(words[i + 1]))
                || Unit().IsMatch(words[i]))
            {
                continue;
            }

            // "15 of the 32 athletes", "both of Iran's goals" count athletes and goals; "three groups: one of athletes,
            // one of experts" says what a group is made of, not how many athletes there are.
            if (i + 2 < words.Count && words[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase) && !OfWhich().IsMatch(words[i + 2]))
            {
                continue;
            }

            // The counted words stop at a colon, semicolon or comma: in "three panels: one of swimmers" the panels are
            // counted. They stop after a unit, and at a preposition: "8,000 dollars a match" counts dollars and "three
            // players with fixing matches" players, not matches.
            // "all 14 of his previous professional fights": what follows "of" names the counted noun one word later.
            var reach = i + 1 < words.Count && words[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase) ? 5 : 4;
            var counted = Enumerable.Range(i + 1, Math.Min(reach, words.Count - i - 1))
                .TakeWhile(j => !ClauseBreak().IsMatch(sentence.AsSpan(matches[j - 1].Index + matches[j - 1].Length, matches[j].Index - matches[j - 1].Index - matches[j - 1].Length))
                    && (j == i + 1 || !Unit().IsMatch(words[j - 1])) && !Preposition().IsMatch(words[j]))
                .Select(j => words[j]);
            if (counts([.. counted.Concat(words[i].Split('-').Skip(1).Take(1))]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string sentence) => WordWithPosition().Matches(sentence).Select(w => w.Value);

    private static bool IsCount(string word) =>
        (char.IsDigit(word[0]) && !AskedYears.IsYear(word)) || NumberWord().IsMatch(word) || word.Contains('%') || Money().IsMatch(word);
}
