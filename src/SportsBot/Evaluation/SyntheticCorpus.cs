using System.Globalization;
using System.Text;

namespace SportsBot.Evaluation;

/// <summary>
/// News-like articles and questions about sanctions in sport, made from templates with a seeded random source:
/// the same vocabulary, lengths and sentence shapes as the bundled articles, so full-text and chunking costs are
/// realistic, but no fact in them is true. For bench only.
/// </summary>
public sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Bodies =
    [
        "the International Olympic Committee", "World Athletics", "FIFA", "UEFA", "the International Paralympic Committee",
        "the International Tennis Federation", "the International Ice Hockey Federation", "the International Fencing Federation",
        "the World Anti-Doping Agency", "the Court of Arbitration for Sport", "World Aquatics", "the International Biathlon Union",
        "the International Ski Federation", "the International Judo Federation", "World Rowing", "the UCI", "United World Wrestling",
    ];

    private static readonly string[] Nations = ["Russian", "Belarusian", "Ukrainian", "Polish", "Finnish", "Latvian", "Georgian", "Kazakh", "Serbian", "Lithuanian"];

    private static readonly string[] Events =
    [
        "the Paris 2024 Olympic Games", "the Milano Cortina 2026 Winter Olympics", "the World Championships in Budapest",
        "the European Championships", "the Beijing 2022 Winter Olympics", "the World Cup qualifiers", "the Davis Cup finals",
        "the Diamond League season", "the Los Angeles 2028 Olympic Games", "the Paralympic Games", "the world junior championship",
    ];

    private static readonly string[] Sports = ["athletics", "fencing", "tennis", "ice hockey", "football", "swimming", "biathlon", "judo", "rowing", "cycling", "wrestling", "gymnastics"];

    private static readonly string[] Actions = ["suspended", "readmitted as neutrals", "excluded", "cleared to compete", "fined", "reinstated", "barred", "invited under strict conditions"];

    private static readonly string[] People = ["Anna Petrova", "Marek Nowak", "Olena Kovalenko", "Jussi Virtanen", "Ilze Berzina", "Giorgi Beridze", "Thomas Keller", "Sofia Romano", "James Whitfield", "Claire Martin"];

    private static readonly string[] Adjectives = ["discriminatory", "long overdue", "disproportionate", "necessary", "a dangerous precedent", "a fair compromise", "politically motivated", "unworkable"];

    private static readonly string[] Outlets = ["Sports Desk", "Continental Sport Wire", "The Games Report", "Olympic Affairs Weekly", "Ringside Politics"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Func<Random, string>[] Sentences =
    [
        r => $"{Cap(Pick(r, Bodies))} said on {Date(r)} that {Pick(r, Nations)} athletes would be {Pick(r, Actions)} ahead of {Pick(r, Events)}.",
        r => $"The decision, taken by the executive board of {Pick(r, Bodies)} after a {r.Next(2, 12)}-hour meeting, applies to all {Pick(r, Sports)} competitions for the foreseeable future.",
        r => $"{Pick(r, People)}, president of the {Pick(r, Nations)} {Pick(r, Sports)} federation, called the move {Pick(r, Adjectives)} and said an appeal was being prepared.",
        r => "Athletes who actively support the war will not be eligible, and no teams will be allowed to take part under a national flag.",
        r => $"A panel of {r.Next(3, 9)} members will review each athlete individually before {Pick(r, Events)}, and its decisions cannot be appealed.",
        r => $"The appeal was lodged with {Pick(r, Bodies)} in {Pick(r, Months)} {r.Next(2015, 2026)} and a hearing is expected within {r.Next(2, 20)} weeks.",
        r => $"Critics said the measure was {Pick(r, Adjectives)}, while supporters argued that it protected the integrity of {Pick(r, Events)}.",
        r => $"By the deadline {r.Next(10, 400)} athletes had qualified, {r.Next(1, 40)} of them with {Pick(r, Nations)} passports, according to figures published by {Pick(r, Bodies)}.",
        r => "The ruling can be challenged before the Swiss Federal Tribunal within 30 days, but only on limited grounds.",
        r => $"No {Pick(r, Nations)} government officials will be invited, and no flags, anthems or national colours will be displayed at {Pick(r, Events)}.",
        r => $"The vote at the extraordinary congress passed by {r.Next(40, 120)} to {r.Next(10, 80)}, with {r.Next(0, 15)} abstentions.",
        r => $"Broadcasters said they would still show {Pick(r, Sports)} events from {Pick(r, Events)} as planned, despite calls for a boycott.",
        r => $"{Pick(r, People)} told reporters that the {Pick(r, Sports)} calendar for {r.Next(2015, 2029)} would be published once the situation was clearer.",
        r => $"Earlier in the year {Pick(r, Bodies)} had moved its flagship {Pick(r, Sports)} event out of the country, citing the safety of athletes and fans.",
    ];

    private readonly Random _random = new(seed);

    public static string Title(Random random) =>
        $"{Cap(Pick(random, Bodies))} {Pick(random, Actions)}: {Pick(random, Nations)} {Pick(random, Sports)} athletes and {Pick(random, Events)}";

    /// <summary>A Markdown file with front matter, as a moderator would drop into knowledge/.</summary>
    public string Markdown(string id)
    {
        var (title, published, source, body) = Next();
        return $"---\nid: {id}\ntitle: {title}\npublished: {published:yyyy-MM-dd}\nsource: {source}\nlanguage: en\n---\n{body}\n";
    }

    /// <summary>The parts of an article, body already in normalised form (paragraphs separated by blank lines).</summary>
    public (string Title, DateOnly Published, string Source, string Body) Next()
    {
        var r = _random;
        var paragraphs = Enumerable.Range(0, r.Next(5, 9))
            .Select(_ => string.Join(' ', Enumerable.Range(0, r.Next(2, 5)).Select(_ => Pick(r, Sentences)(r))));
        var published = DateOnly.FromDayNumber(new DateOnly(2015, 1, 1).DayNumber + r.Next(0, 11 * 365));
        return (Title(r), published, Pick(r, Outlets), string.Join("\n\n", paragraphs));
    }

    /// <summary>Questions of the shapes fans ask, about the same bodies, nations and events.</summary>
    public string Question()
    {
        var r = _random;
        return r.Next(5) switch
        {
            0 => $"Can {Pick(r, Nations)} athletes compete at {Pick(r, Events)}?",
            1 => $"Why did {Pick(r, Bodies)} suspend {Pick(r, Nations)} {Pick(r, Sports)} teams?",
            2 => $"Is the {Pick(r, Nations)} {Pick(r, Sports)} federation still suspended?",
            3 => $"Who reviews the eligibility of neutral athletes before {Pick(r, Events)}?",
            _ => $"What did {Pick(r, Bodies)} decide about {Pick(r, Nations)} athletes in {r.Next(2015, 2026)}?",
        };
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Date(Random r) =>
        $"{r.Next(1, 29)} {Pick(r, Months)} {r.Next(2015, 2026).ToString(CultureInfo.InvariantCulture)}";
}
