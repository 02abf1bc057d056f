using System.Collections.Frozen;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The past forms of English verbs that no suffix rule reaches: fans ask "What did Bach write to Kharlan?" and news
/// writes "wrote to Kharlan". Porter stems "wrote" to "wrote", so each form here is read as its base before stemming.
/// Forms that are as often another word are left out ("bit", "lay", "ground", "wound").
/// </summary>
internal static class IrregularVerbs
{
    private static readonly FrozenDictionary<string, string> BaseOf = new Dictionary<string, string>
    {
        ["arose"] = "arise", ["arisen"] = "arise", ["awoke"] = "awake", ["became"] = "become", ["began"] = "begin", ["begun"] = "begin",
        ["bought"] = "buy", ["broke"] = "break", ["broken"] = "break", ["brought"] = "bring", ["built"] = "build", ["came"] = "come",
        ["caught"] = "catch", ["chose"] = "choose", ["chosen"] = "choose", ["dealt"] = "deal", ["drew"] = "draw", ["drawn"] = "draw",
        ["drove"] = "drive", ["driven"] = "drive", ["fell"] = "fall", ["fallen"] = "fall", ["felt"] = "feel", ["fled"] = "flee",
        ["flew"] = "fly", ["flown"] = "fly", ["forbade"] = "forbid", ["forbidden"] = "forbid", ["forgave"] = "forgive", ["forgiven"] = "forgive",
        ["forgot"] = "forget", ["forgotten"] = "forget", ["fought"] = "fight", ["found"] = "find", ["froze"] = "freeze", ["frozen"] = "freeze",
        ["gave"] = "give", ["given"] = "give", ["grew"] = "grow", ["grown"] = "grow", ["heard"] = "hear", ["held"] = "hold", ["hid"] = "hide",
        ["hidden"] = "hide", ["kept"] = "keep", ["knew"] = "know", ["known"] = "know", ["led"] = "lead", ["left"] = "leave", ["lent"] = "lend",
        ["lost"] = "lose", ["meant"] = "mean", ["met"] = "meet", ["overcame"] = "overcome", ["oversaw"] = "oversee", ["overseen"] = "oversee",
        ["overtook"] = "overtake", ["overtaken"] = "overtake", ["paid"] = "pay", ["ran"] = "run", ["rang"] = "ring", ["rung"] = "ring",
        ["rode"] = "ride", ["ridden"] = "ride", ["rose"] = "rise", ["risen"] = "rise", ["sang"] = "sing", ["sung"] = "sing", ["sank"] = "sink",
        ["sunk"] = "sink", ["sat"] = "sit", ["saw"] = "see", ["seen"] = "see", ["sent"] = "send", ["shook"] = "shake", ["shaken"] = "shake",
        ["shot"] = "shoot", ["sold"] = "sell", ["sought"] = "seek", ["spent"] = "spend", ["spoke"] = "speak", ["spoken"] = "speak",
        ["stole"] = "steal", ["stolen"] = "steal", ["stood"] = "stand", ["struck"] = "strike", ["stuck"] = "stick", ["swam"] = "swim",
        ["swum"] = "swim", ["swore"] = "swear", ["sworn"] = "swear", ["taken"] = "take", ["took"] = "take", ["taught"] = "teach",
        ["threw"] = "throw", ["thrown"] = "throw", ["thought"] = "think", ["told"] = "tell", ["understood"] = "understand",
        ["undertook"] = "undertake", ["undertaken"] = "undertake", ["upheld"] = "uphold", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw",
        ["woke"] = "wake", ["won"] = "win", ["wore"] = "wear", ["worn"] = "wear", ["wrote"] = "write", ["written"] = "write",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The base form of an irregular past form ("wrote" → "write"), else the word itself.</summary>
    public static string Base(string word) => BaseOf.TryGetValue(word, out var verb) ? verb : word;
}
