using System.Globalization;
using System.Text.RegularExpressions;
using SportsBot.Core.Knowledge;

using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Core.Answering;

/// <summary>
/// How a quoted sentence is introduced: "As of 8 December 2023, the IOC…" for the answer, "Earlier, as of …:" for
/// history, "Later, as of …:" for a newer report after the lead, "According to an undated article from …:" when
/// there is no date. Every claim carries its date once.
/// </summary>
public static partial class LeadIn
{
    public static string Current(Article article, string sentence)
    {
        if (article.Published is not { } date)
        {
            return $"According to an undated article{InLanguage(article)} from {Outlet(article.Source)}: {sentence}";
        }

        // A sentence in another language is quoted as written, after its date and language.
        if (!LanguageNames.IsEnglish(article.Language))
        {
            return $"As of {DateText.Format(date)},{InLanguage(article)}: {sentence}";
        }

        // "On 28 February 2022 the IOC…" dates itself; "As of 11 August 2024, the Games close on 11 August" says
        // the day twice.
        if (sentence.Contains(DateText.Format(date), StringComparison.Ordinal))
        {
            return sentence;
        }

        // "Reported on 29 July 2023: On 27 July 2023 Kharlan…", not "As of 29 July 2023, on 27 July 2023 Kharlan…".
        if (MentionsDay(sentence, date) || OpensWithDate().IsMatch(sentence))
        {
            return $"Reported on {DateText.Format(date)}: {sentence}";
        }

        return $"As of {DateText.Format(date)}, {LowerFirstIfCommon(sentence, article.Body)}";
    }

    public static string Earlier(Article article, string sentence) => Told("Earlier", article, sentence);

    public static string Later(Article article, string sentence) => Told("Later", article, sentence);

    private static string Told(string when, Article article, string sentence) =>
        article.Published is { } date
            ? $"{when}, as of {DateText.Format(date)}{(LanguageNames.IsEnglish(article.Language) ? string.Empty : $",{InLanguage(article)}")}: {sentence}"
            : $"An undated article{InLanguage(article)} from {Outlet(article.Source)} said: {sentence}";

    /// <summary>" in French" for a source in another language, so that the asker knows why the quote is not in English.</summary>
    private static string InLanguage(Article article) =>
        LanguageNames.IsEnglish(article.Language) ? string.Empty : $" in {LanguageNames.Of(article.Language)}";

    /// <summary>"an unknown outlet", never "unknown outlet" in a sentence.</summary>
    public static string Outlet(string source) =>
        string.Equals(source, ArticleParser.UnknownSource, StringComparison.OrdinalIgnoreCase) ? $"an {ArticleParser.UnknownSource}" : source;

    private static bool MentionsDay(string sentence, DateOnly date)
    {
        var month = date.ToString("MMMM", CultureInfo.InvariantCulture);
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        return sentence.Contains($"{day} {month}", StringComparison.Ordinal) || sentence.Contains($"{month} {day}", StringComparison.Ordinal);
    }

    /// <summary>
    /// "As of …, the IOC said" reads better than "As of …, The IOC said", and "four days after" better than
    /// "Four days after"; names keep their capital. A word is a name when the article also writes it capitalised
    /// in the middle of a sentence ("World Athletics", "Individual Neutral Athletes").
    /// </summary>
    public static string LowerFirstIfCommon(string sentence, string articleBody)
    {
        var firstWord = new string(sentence.TakeWhile(c => char.IsLetter(c) || c == '-').ToArray());
        if (firstWord.Length == 0 || !char.IsUpper(firstWord[0]) || firstWord.Skip(1).Any(char.IsUpper) || firstWord == "I")
        {
            return sentence;
        }

        // "The", "It", "Four": common words, as is a word the article writes in lower case and never capitalised
        // mid-sentence ("Because World Athletics…"). "World Athletics", "Russian": capitalised mid-sentence, so names.
        var rest = sentence[firstWord.Length..].TrimStart();
        var capitalisedMidSentence = IsWrittenCapitalisedMidSentence(firstWord, articleBody);
        // A word the article opens sentences with again and again and never writes in lower case ("Denmark will
        // play…", "Denmark have been drawn…") is a name too, unless a comma follows it ("However, …") and it is not the
        // end of a name the article writes elsewhere ("Djokovic, a nine-time champion…" beside "Novak Djokovic").
        var writtenLowerCase = IsWrittenLowerCase(firstWord, articleBody);
        var endsAName = WholeWordsAt(articleBody, firstWord).Any(at => AfterACapitalisedWord(articleBody, at));
        var alwaysCapitalised = !writtenLowerCase && (!rest.StartsWith(',') || endsAName)
            && WholeWordsAt(articleBody, firstWord).Where(at => !AfterACapitalisedWord(articleBody, at)).Skip(1).Any();
        // "Smirnova refused…" beside "Anna Smirnova": the end of a person's name the article writes is that person's name,
        // though no other sentence writes it alone.
        // An owner's name counts ("Dion Marsh's fine" beside "Marsh beat Okoro").
        var surname = !writtenLowerCase && FactSpotter.PersonNames(articleBody)
            .Any(name => name.EndsWith($" {firstWord}", StringComparison.Ordinal) || name.EndsWith($" {firstWord}'s", StringComparison.Ordinal) || name.EndsWith($" {firstWord}’s", StringComparison.Ordinal));
        // "Australia's Prime Minister…", "Ostland's fencing team…": an owner never written in lower case is a name
        // itself, unless it is one of the few common words that own things ("Swimming's governing body", "Women's
        // football", "Today's final").
        var namedOwner = !writtenLowerCase && (OwnsAName().IsMatch(rest) || (Possessive().IsMatch(rest) && !CommonOwner().IsMatch(firstWord) && !Sport().IsMatch(firstWord)));
        // "Tennis Australia welcomed her decision", "Hockey Canada said": a sport before a name is a national body's
        // name, though the story writes "tennis" in lower case elsewhere.
        var sportsBody = Sport().IsMatch(firstWord) && rest.Length > 0 && char.IsUpper(rest[0]);
        // "Tarsian sprinter Lina Ocho…" beside "held in Tarsia": the people of a place the article names are a name,
        // though the story writes "Tarsian" only after "The".
        var peopleOfANamedPlace = !writtenLowerCase && Search.AliasTable.PeopleAndPlaceForms(firstWord)
            .Any(form => IsWrittenCapitalisedMidSentence(char.ToUpperInvariant(form[0]) + form[1..], articleBody));
        // "Midfielder Reza Tavani was released…", "Swimmer Amal Haddi…": what a player does is no part of the name after it.
        var playersJob = AthleteNoun().IsMatch(firstWord) && rest.Length > 0 && char.IsUpper(rest[0]);
        var common = Search.StopWords.Contains(firstWord) || playersJob
            || (writtenLowerCase && !capitalisedMidSentence && !sportsBody)
            || !(capitalisedMidSentence || alwaysCapitalised || surname || namedOwner || peopleOfANamedPlace || (rest.Length > 0 && char.IsUpper(rest[0])));
        return common ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
    }

    private static bool IsWrittenLowerCase(string word, string body) =>
        WholeWordsAt(body, char.ToLowerInvariant(word[0]) + word[1..]).Any();

    /// <summary>
    /// Written capitalised after a word, a comma, a semicolon or a bracket: not where grammar capitalises it, nor
    /// inside a longer name ("Athletes" in "Individual Neutral Athletes" is no name of its own).
    /// </summary>
    private static bool IsWrittenCapitalisedMidSentence(string word, string body) =>
        WholeWordsAt(body, word).Any(at => CharBefore(body, at) is { } before && (char.IsLetterOrDigit(before) || before is ',' or ';' or '(') && !AfterACapitalisedWord(body, at));

    /// <summary>Whether the word before <paramref name="at"/>, past any spaces, is capitalised ("Neutral" before "Athletes").</summary>
    private static bool AfterACapitalisedWord(string body, int at)
    {
        var end = at - 1;
        while (end >= 0 && body[end] == ' ')
        {
            end--;
        }

        var start = end;
        while (start >= 0 && char.IsLetter(body[start]))
        {
            start--;
        }

        return end > start && char.IsUpper(body[start + 1]);
    }

    /// <summary>Where <paramref name="word"/> stands in <paramref name="body"/> as a whole word (case-sensitive).</summary>
    private static IEnumerable<int> WholeWordsAt(string body, string word)
    {
        for (var at = body.IndexOf(word, StringComparison.Ordinal); at >= 0; at = body.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetter(body[at - 1])) && (at + word.Length == body.Length || !char.IsLetter(body[at + word.Length])))
            {
                yield return at;
            }
        }
    }

    /// <summary>The last character before <paramref name="at"/> that is not white space, if any.</summary>
    private static char? CharBefore(string body, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return body[i];
            }
        }

        return null;
    }

    [GeneratedRegex(@"^['’]s\s+\p{Lu}")]
    private static partial Regex OwnsAName();

    [GeneratedRegex(@"^['’]s\s")]
    private static partial Regex Possessive();

    /// <summary>Common words that own things at the start of a sentence: times, people in general (and sports, <see cref="Sport"/>).</summary>
    [GeneratedRegex(@"^(?:today|yesterday|tonight|tomorrow|women|men|girls|boys|children|people|everyone|everybody|nobody|someone|somebody|sport)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommonOwner();

    [GeneratedRegex(@"^(?:athlete|player|swimmer|sprinter|runner|cyclist|rider|skater|skier|boxer|wrestler|fencer|gymnast|rower|golfer|footballer|cricketer|weightlifter|lifter|judoka|archer|shooter|jumper|thrower|hurdler|diver|sailor|climber|jockey|midfielder|striker|defender|goalkeeper|winger|forward|batsman|batter|bowler|pitcher|goalie|centre|center)$", RegexOptions.IgnoreCase)]
    private static partial Regex AthleteNoun();

    [GeneratedRegex(@"^(?:football|soccer|tennis|athletics|rugby|cricket|hockey|basketball|volleyball|handball|golf|judo|badminton|swimming|cycling|boxing|fencing|rowing|sailing|skiing|skating|wrestling|weightlifting|climbing|diving|running|shooting|surfing|curling|gymnastics|equestrianism|motorsport|chess|netball)$", RegexOptions.IgnoreCase)]
    private static partial Regex Sport();

    /// <summary>A sentence that opens by dating itself: "On 27 July 2023", "In December 2023", "By March 2022".</summary>
    [GeneratedRegex(@"^(?:On|In|By|Since|Until|From)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b")]
    private static partial Regex OpensWithDate();
}
