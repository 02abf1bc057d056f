namespace SportsBot.Core.Search;

/// <summary>
/// Words that mean the same thing in sports-politics news. Fans write "kicked out", articles write "excluded";
/// a question about who "won" is answered by a sentence saying someone "beat" someone. A question word and a
/// sentence word of one concept count as the same word. Names of bodies and events are the
/// <see cref="AliasTable"/>'s business; this table holds the verbs and nouns around them.
/// </summary>
public sealed partial class ConceptTable
{
    private static readonly string[][] DefaultConcepts =
    [
        ["ban", "banned", "bar", "barred", "exclude", "excluded", "exclusion", "suspend", "suspended", "suspension", "expel", "expelled",
            "prohibit", "prohibited", "forbid", "forbidden", "kick", "kicked", "block", "blocked", "outlaw", "boot", "booted", "remove", "removed",
            "deport", "deported", "deportation"],
        ["allow", "allowed", "permit", "permitted", "clear", "cleared", "admit", "admitted", "readmit", "readmitted", "reinstate", "reinstated",
            "let", "eligible", "eligibility", "approve", "approved", "accept", "accepted", "welcome", "return", "returned", "lift", "lifted"],
        ["compete", "competing", "competition", "participate", "participation", "play", "played", "playing", "enter", "entered", "entry", "entries",
            "appear", "qualify", "qualified", "qualification"],
        ["win", "won", "wins", "winning", "winner", "beat", "beaten", "defeat", "defeated", "victory", "triumph", "champion", "title", "gold"],
        // A match lost is a match the other side won, told from the loser's side: "Who did Iran lose to?" is answered by "a
        // 6-2 defeat by England" and by "England beat Iran".
        ["lose", "loses", "lost", "losing", "loss", "losses", "defeat", "defeated", "beat", "beaten"],
        // A "four-time Olympic medallist" has won four medals.
        ["medal", "medals", "medallist", "medallists", "medalist", "medalists", "gold", "silver", "bronze", "podium"],
        ["host", "hosted", "stage", "staged", "hold", "held", "venue"],
        ["move", "moved", "relocate", "relocated", "transfer", "transferred", "strip", "stripped", "switch", "switched", "shift", "shifted"],
        // "What did CAS decide in Moray's case?": the case before a court is the appeal it hears.
        ["appeal", "appealed", "challenge", "challenged", "contest", "contested", "court", "cas", "arbitration", "case"],
        ["reject", "rejected", "dismiss", "dismissed", "refuse", "refused", "decline", "declined", "deny", "denied", "uphold", "upheld"],
        ["decide", "decided", "decision", "rule", "ruled", "ruling", "verdict", "judgment", "judgement", "vote", "voted", "resolve", "resolution", "recommend", "recommendation"],
        ["flag", "flags", "anthem", "anthems", "emblem", "symbol", "symbols", "colours", "colors", "uniform", "uniforms"],
        ["doping", "dope", "drug", "drugs", "substance", "positive", "test", "tested", "cheat", "cheated", "cheating"],
        ["war", "invasion", "invade", "invaded", "military", "attack", "attacked", "conflict", "annex", "annexed", "annexation"],
        ["withdraw", "withdrew", "withdrawn", "quit", "leave", "boycott", "boycotted", "pull", "pulled", "skip", "skipped"],
        ["handshake", "handshakes", "greet", "greeted", "greeting", "salute"],
        // A trophy "handed over" at a ceremony is "presented": "Who handed the cup to the winner?" is answered by "Holt presented the cup".
        ["hand", "handed", "hands", "handing", "present", "presented", "presents", "presenting"],
        // A head of state who vetoes a law blocks it: "Who blocked the ticket law?" is answered by "Lunescu sent the law back".
        ["veto", "vetoed", "vetoes", "vetoing", "block", "blocked", "blocks", "blocking"],
        // A fan's "physio" is a story's "physiotherapist".
        ["physio", "physios", "physiotherapist", "physiotherapists", "physiotherapy"],
        // "What's the name of the boat that got stopped?" is answered by "Kittiwake III, a 12-metre yacht".
        ["boat", "boats", "yacht", "yachts", "vessel", "vessels", "ship", "ships"],
        ["resign", "resigned", "resignation", "quit"],
        // Who leads a body is who presides over it: "Who leads the federation?" is answered by "was elected president".
        // Not who chairs something: "The union's deputy president chairs the panel" names no president.
        // A fan's "boss" of a body is whoever leads it; whoever heads it leads it too ("Who headed the inquiry?" is
        // answered by "The inquiry will be led by Amara Velt"). Not whoever runs it: "Who's running the federation now
        // that Vesk has stepped down?" is not answered by Vesk stepping down as its president. A company or a
        // broadcaster is led by its chief executive or director-general (read as its chief, <see cref="Phrases"/>):
        // "Who is the acting boss at BRT?" is answered by "Acting director-general Mats Ebner".
        ["lead", "leads", "leader", "leaders", "leadership", "president", "presidents", "presidency", "boss", "bosses",
            "head", "heads", "headed", "chief", "chiefs"],
        // The stemmer cuts the noun and the verb apart ("disqualif", "disqualifi").
        ["disqualify", "disqualified", "disqualifies", "disqualifying", "disqualification"],
        // "Who finished second?" is answered by "…came second" and "…was runner-up"; "Who named him captain?" by "appointed".
        ["finish", "finished", "placed", "runner-up", "runners-up"],
        // "Who did the ministry install to run the federation?" is answered by "The ministry named Radek Sulin…as administrator".
        ["name", "named", "appoint", "appointed", "appointment", "select", "selected", "pick", "picked", "install", "installed"],
        // A golfer, a fencer or a swimmer is an athlete: "How many golfers joined?" is answered by "48 players".
        ["athlete", "athletes", "player", "players", "competitor", "competitors", "sportsman", "sportsmen", "sportswoman", "sportspeople", "team", "teams",
            "golfer", "golfers", "fencer", "fencers", "swimmer", "swimmers", "skater", "skaters", "gymnast", "gymnasts", "cyclist", "cyclists",
            "runner", "runners", "sprinter", "sprinters", "boxer", "boxers", "wrestler", "wrestlers", "footballer", "footballers", "cricketer", "cricketers",
            "skier", "skiers", "rower", "rowers", "jumper", "jumpers", "weightlifter", "weightlifters", "judoka", "archer", "archers", "shooter", "shooters"],
        ["neutral", "neutrals", "neutrality", "individual"],
        // A reprimand is the mildest punishment: "How was she punished?" is answered by "issued her a formal reprimand".
        ["punish", "punished", "punishment", "sanction", "sanctioned", "sanctions", "penalty", "penalise", "penalize", "fine", "fined",
            "reprimand", "reprimanded"],
        ["cancel", "cancelled", "canceled", "cancellation", "scrap", "scrapped", "drop", "dropped", "terminate", "terminated", "termination",
            "overturn", "overturned", "quash", "quashed", "annul", "annulled", "reverse", "reversed", "abolish", "abolished",
            "sack", "sacked", "fire", "fired"],
        // A company's major shareholder owns it: "Who owns Uralkali?" is answered by "Uralkali's major shareholder is…".
        ["buy", "bought", "buyer", "buyers", "purchase", "purchased", "takeover", "buyout", "acquire", "acquired", "acquisition", "owner", "owners",
            "owned", "ownership", "shareholder", "shareholders", "stake", "stakes", "sell", "sold", "sale"],
        ["spend", "spent"],
        ["comply", "complies", "complied", "complying", "compliant", "compliance", "conform", "conforms", "conformed"],
        // A pot of money set aside is a fund: "How big is the pot for club armouries?" is answered by "a 3.2 million euro fund".
        ["fund", "funds", "pot", "kitty", "grant", "grants"],
        // What a buyer pays is the price: "How much did the fund pay for the club?" is answered by "The final price was…".
        ["pay", "paid", "payment", "price", "cost", "costs", "fee"],
        ["free", "freed", "release", "released"],
        ["match", "matches", "game", "games", "fixture", "fixtures"],
        // A boxer's fight is his bout: "Who was he fighting?" is answered by "his bout with Ivo Barta".
        ["fight", "fights", "fought", "fighting", "bout", "bouts"],
        ["trial", "tried", "court", "guilty", "convict", "convicted", "conviction", "sentence", "sentenced", "prosecutor", "prosecutors", "prosecution",
            "plead", "pleaded"],
        ["fly", "flew", "flown", "flight", "travel", "travelled", "traveled"],
        ["country", "countries", "nation", "nations"],
        ["swap", "swapped", "exchange", "exchanged", "trade", "traded"],
        // A player who "switched" countries now "represents" one: a change of allegiance or nationality.
        ["represent", "represents", "represented", "representing", "allegiance", "nationality", "citizenship", "switch", "switched"],
        // Whoever pushed for a law proposed it: "Which minister pushed the drink ban?" is answered by "Goran Pelt, who proposed the ban".
        ["propose", "proposed", "proposes", "proposal", "push", "pushed", "pushes", "pushing"],
        ["replace", "replaced", "replacement", "substitute", "substituted", "successor", "successors"],
        ["sponsor", "sponsors", "sponsorship", "sponsored", "deal", "partner", "partnership"],
        // "How much was the TV deal worth?" is answered by "the five-year, €410 million agreement".
        ["deal", "deals", "agreement", "agreements", "contract", "contracts"],
        ["fair", "unfair", "fairness", "justified", "right", "wrong", "unjust", "discrimination", "discriminatory", "hypocrisy", "hypocritical"],
        // Everyday words fans use for what news writes more formally: "Who netted?" is who scored, "jailed" is
        // imprisoned, "the crowd" is the spectators, "slammed" is criticised.
        ["score", "scored", "scorer", "scorers", "goal", "goals", "netted"],
        ["protest", "protests", "protested", "protester", "protesters", "demonstration", "demonstrations", "demonstrator", "demonstrators",
            "gesture", "kneel", "knelt", "kneeling"],
        ["criticise", "criticised", "criticize", "criticized", "criticism", "critic", "critics", "condemn", "condemned", "condemnation",
            "denounce", "denounced", "slam", "slammed", "blast", "blasted"],
        // Held before a trial is not serving a sentence: "on top of her prison term" asks about the sentence.
        ["arrest", "arrested", "detain", "detained", "detention", "custody", "nicked"],
        ["jail", "jailed", "prison", "imprison", "imprisoned", "imprisonment"],
        // A union's membership is its members: "How many members does it have?" is answered by "Membership has grown to 340".
        ["member", "members", "membership"],
        ["fan", "fans", "spectator", "spectators", "supporter", "supporters", "crowd", "crowds", "attendance"],
        ["investigate", "investigated", "investigation", "probe", "inquiry", "enquiry"],
        ["deport", "deported", "deportation", "expel", "expelled", "expulsion"],
        ["coach", "coaches", "coached", "manager", "managers", "trainer"],
        ["asylum", "refugee", "refugees", "exile", "exiled", "flee", "fled", "defect", "defected", "defection"],
        ["bid", "bids", "bidder", "bidders", "bidding", "candidacy", "candidate", "candidates"],
        ["racism", "racist", "racial", "abuse", "abused", "slur", "slurs"],
        ["woman", "women", "female", "females"],
        ["ceremony", "parade", "march", "marched"],
        ["broadcast", "broadcasts", "broadcaster", "broadcasters", "televised", "television", "coverage"],
        ["apologise", "apologised", "apologize", "apologized", "apology", "apologies"],
        ["tweet", "tweeted", "tweets", "post", "posted", "posts"],
        ["promise", "promised", "guarantee", "guaranteed", "guaranteeing", "pledge", "pledged", "assure", "assured", "vow", "vowed"],
        ["boo", "booed", "booing", "jeer", "jeered", "jeering", "whistle", "whistled", "heckle", "heckled"],
        ["sue", "sued", "lawsuit", "lawsuits", "litigation"],
        ["approve", "approved", "approval", "ratify", "ratified"],
        ["gay", "lgbt", "lgbtq", "homosexual", "same-sex", "rainbow", "pride"],
        ["hijab", "headscarf", "headscarves"],
        ["corruption", "corrupt", "bribe", "bribes", "bribery", "kickback", "kickbacks"],
        ["fraud", "fraudulent", "embezzle", "embezzlement", "misappropriation"],
        ["acquit", "acquitted", "acquittal", "cleared"],
        ["security", "safety", "safe", "unsafe", "danger", "dangerous"],
        ["postpone", "postponed", "postponement", "delay", "delayed", "reschedule", "rescheduled"],
        // "When does the cup kick off?" is answered by "The tournament opens on 12 June".
        ["start", "starts", "started", "begin", "begins", "began", "begun", "open", "opens", "opened", "commence", "commences", "commenced"],
        ["resume", "resumed", "restart", "restarted"],
        ["captain", "captains", "skipper", "skippers"],
        // Fans' word for the police: "How many cops did Dessaria offer?" is answered by "3,000 police officers".
        ["police", "policemen", "policewomen", "policing", "cop", "cops"],
        // "the player who decked the referee" is the one who punched him, in a story that calls it an assault.
        ["punch", "punched", "punches", "punching", "decked", "floored", "assault", "assaulted", "assaults", "assaulting"],
        // "How many mistakes did VAR fix?" is answered by "VAR had corrected 61 clear and obvious errors".
        ["mistake", "mistakes", "error", "errors", "blunder", "blunders"],
        // Fans' word for a referee: "how many refs got assaulted" is answered by "147 reported assaults on referees".
        ["referee", "referees", "ref", "refs", "reffing", "refereeing", "refereed"],
        ["shirt", "shirts", "jersey", "jerseys", "kit", "kits"],
        // "How many kids…": fans' word for those news calls minors or juniors.
        ["child", "children", "kid", "kids", "minor", "minors", "junior", "juniors", "youth", "teenager", "teenagers", "teen", "teens",
            "underage", "youngster", "youngsters"],
    ];

    /// <summary>
    /// Concepts a yes/no question is answered by the opposite of: "Is Valieva allowed to skate?" is answered "no" by
    /// "banned her for four years". Each pair names one word of each concept.
    /// </summary>
    private static readonly (string, string)[] OppositePairs = [("allow", "ban"), ("win", "lose")];

    /// <summary>
    /// Kinds of one thing: a question about medals is answered by "won silver", but "Who won silver?" is not answered
    /// by "won the gold medal". A kind is not counted as the concept that holds other kinds beside it, only as itself
    /// (and as a concept it alone stands in: gold is a win).
    /// </summary>
    private static readonly string[] Kinds = ["gold", "silver", "bronze"];

    private readonly Dictionary<string, List<HashSet<string>>> _byStem = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HashSet<string>> _opposites = new(StringComparer.Ordinal);

    public ConceptTable(IWordStemmer stemmer)
        : this(stemmer, DefaultConcepts)
    {
    }

    public ConceptTable(IWordStemmer stemmer, IEnumerable<string[]> concepts)
    {
        foreach (var concept in concepts)
        {
            var stems = concept.Select(w => stemmer.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
            var kinds = Kinds.Select(stemmer.Stem).Where(stems.Contains).ToHashSet(StringComparer.Ordinal);
            foreach (var stem in stems)
            {
                if (kinds.Count > 1 && kinds.Contains(stem))
                {
                    continue;
                }

                if (!_byStem.TryGetValue(stem, out var groups))
                {
                    _byStem[stem] = groups = [];
                }

                groups.Add(stems);
            }
        }

        foreach (var (one, other) in OppositePairs)
        {
            var ones = ConceptOf(stemmer.Stem(one));
            var others = ConceptOf(stemmer.Stem(other));
            foreach (var stem in ones)
            {
                Opposite(stem).UnionWith(others);
            }

            foreach (var stem in others)
            {
                Opposite(stem).UnionWith(ones);
            }
        }
    }

    private HashSet<string> ConceptOf(string stem) =>
        _byStem.TryGetValue(stem, out var groups) ? groups.SelectMany(g => g).ToHashSet(StringComparer.Ordinal) : [stem];

    private HashSet<string> Opposite(string stem) =>
        _opposites.TryGetValue(stem, out var opposite) ? opposite : _opposites[stem] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when <paramref name="stems"/> holds a word of the concept opposite the stem's ("banned" for "allowed").</summary>
    public bool MentionsOpposite(IReadOnlySet<string> stems, string stem) =>
        _opposites.TryGetValue(stem, out var opposite) && opposite.Overlaps(stems);

    /// <summary>True when <paramref name="stems"/> holds the stem itself or another word of one of its concepts.</summary>
    public bool Mentions(IReadOnlySet<string> stems, string stem) =>
        stems.Contains(stem) || (_byStem.TryGetValue(stem, out var groups) && groups.Any(g => g.Overlaps(stems)));

    /// <summary>True when the two stems are the same word or words of one concept.</summary>
    public bool SameConcept(string a, string b) =>
        a == b || (_byStem.TryGetValue(a, out var groups) && groups.Any(g => g.Contains(b)));
}
