using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// Sports, the words a question names them by, and the words a headline names them by: the sport itself, its
/// governing bodies and its best-known competitions ("UEFA moves the Champions League final" is football news).
/// An article that mentions football once, in passing, is not an answer to a question about football.
/// </summary>
public sealed class SportTable
{
    private static readonly (string[] AskedAs, string[] Headlines)[] DefaultSports =
    [
        (["football", "soccer", "footballer", "footballers"], ["football", "footballers?", "soccer", "FIFA", "UEFA", "Champions League", "Europa League", "Premier League"]),
        (["tennis"], ["tennis", "ITF", "ATP", "WTA", "Wimbledon", "Davis Cup", "Billie Jean King Cup", "Roland Garros", "French Open", "US Open", "Australian Open"]),
        (["hockey"], ["hockey", "IIHF", "NHL", "KHL"]),
        (["athletics", "sprinter", "sprinters", "sprint", "marathon"], ["athletics", "World Athletics", "track and field", "marathon", "sprinters?"]),
        (["fencing", "fencer", "fencers"], ["fencing", "fencers?", "FIE", "sabre", "épée"]),
        (["swimming", "swimmer", "swimmers", "swim", "swims", "swam"], ["swimming", "swimmers?", "World Aquatics", "FINA", "aquatics"]),
        (["gymnastics", "gymnast", "gymnasts"], ["gymnastics", "gymnasts?", "FIG", "trampoline"]),
        (["skating", "skater", "skaters", "skate", "skates"], ["skating", "skaters?", "ISU"]),
        (["skiing", "skier", "skiers", "ski", "skis"], ["skiing", "skiers?", "FIS"]),
        (["biathlon"], ["biathlon", "biathletes?", "IBU"]),
        (["boxing", "boxer", "boxers"], ["boxing", "boxers?", "IBA"]),
        (["judo"], ["judo", "judokas?", "IJF"]),
        (["wrestling"], ["wrestling", "wrestlers?", "UWW"]),
        (["cycling", "cyclist", "cyclists"], ["cycling", "cyclists?", "UCI", "Tour de France"]),
        (["chess"], ["chess", "FIDE"]),
        (["basketball"], ["basketball", "FIBA", "NBA", "EuroLeague"]),
        (["volleyball"], ["volleyball", "FIVB"]),
        (["handball"], ["handball", "IHF"]),
        (["rowing"], ["rowing", "rowers?", "World Rowing"]),
        (["cricket", "cricketer", "cricketers"], ["cricket", "cricketers?", "ICC", "one-day", "ODI", "T20", "Test series", "Big Bash"]),
        (["golf", "golfer", "golfers"], ["golf", "golfers?", "PGA", "LPGA", "LIV Golf", "DP World Tour", "Ryder Cup"]),
        (["rugby"], ["rugby", "World Rugby", "Six Nations"]),
        (["baseball"], ["baseball", "MLB", "WBSC"]),
        (["badminton"], ["badminton", "BWF"]),
        (["weightlifting", "weightlifter", "weightlifters"], ["weightlifting", "weightlifters?", "IWF"]),
        (["taekwondo"], ["taekwondo", "World Taekwondo"]),
        (["archery", "archer", "archers"], ["archery", "archers?", "World Archery"]),
        (["triathlon", "triathlete", "triathletes"], ["triathlon", "triathletes?", "World Triathlon"]),
        (["sailing", "sailor", "sailors"], ["sailing", "sailors?", "World Sailing"]),
        (["f1", "motorsport"], ["Formula 1", "Formula One", "F1", "FIA", "Grand Prix", "motorsport"]),
    ];

    private readonly List<(HashSet<string> AskedAs, Regex Headline)> _sports;

    public SportTable()
    {
        _sports = [.. DefaultSports.Select(s => (
            new HashSet<string>(s.AskedAs, StringComparer.OrdinalIgnoreCase),
            // A word a question names the sport by names it in a headline too: "Lysvik handed 2029 ski worlds".
            new Regex($@"\b(?:{string.Join('|', s.Headlines.Concat(s.AskedAs).Distinct(StringComparer.OrdinalIgnoreCase))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))];
    }

    /// <summary>The sports a question's words name, as indexes into the table.</summary>
    public IReadOnlyList<int> Named(IEnumerable<string> questionTerms)
    {
        var terms = questionTerms.ToList();
        return [.. Enumerable.Range(0, _sports.Count).Where(i => terms.Any(_sports[i].AskedAs.Contains))];
    }

    /// <summary>Whether a headline (a title and opening paragraph) is about sport <paramref name="sport"/>.</summary>
    public bool Headlines(int sport, string headline) => _sports[sport].Headline.IsMatch(headline);
}
