using System.Collections.Frozen;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The past forms of English verbs that no suffix rule reaches: fans ask "What did Bach write to Kharlan?" and news
/// writes "wrote to Kharlan". Porter stems "wrote" to "wrote", so each form here is read as its base before stemming.
/// Only verbs of deeds a question asks about: the past of light verbs ("gave", "took", "found", "left", "led") is as
/// often part of another phrase ("given that", "found guilty", "led to"), and matching it answered beside the point.
/// </summary>
internal static class IrregularVerbs
{
    private static readonly FrozenDictionary<string, string> BaseOf = new Dictionary<string, string>
    {
        ["began"] = "begin", ["begun"] = "begin", ["bought"] = "buy", ["broke"] = "break", ["broken"] = "break",
        ["brought"] = "bring", ["built"] = "build", ["caught"] = "catch", ["chose"] = "choose", ["chosen"] = "choose",
        ["drove"] = "drive", ["driven"] = "drive", ["fled"] = "flee", ["flew"] = "fly", ["flown"] = "fly", ["forbade"] = "forbid",
        ["forbidden"] = "forbid", ["forgave"] = "forgive", ["forgiven"] = "forgive", ["forgot"] = "forget",
        ["forgotten"] = "forget", ["fought"] = "fight", ["froze"] = "freeze", ["frozen"] = "freeze", ["lent"] = "lend",
        ["lost"] = "lose", ["met"] = "meet", ["oversaw"] = "oversee", ["overseen"] = "oversee", ["overtook"] = "overtake",
        ["overtaken"] = "overtake", ["paid"] = "pay", ["ran"] = "run", ["rang"] = "ring", ["rung"] = "ring", ["rode"] = "ride",
        ["ridden"] = "ride", ["sang"] = "sing", ["sung"] = "sing", ["sank"] = "sink", ["sunk"] = "sink", ["sent"] = "send",
        ["shook"] = "shake", ["shaken"] = "shake", ["shot"] = "shoot", ["sold"] = "sell", ["sought"] = "seek",
        ["spent"] = "spend", ["spoke"] = "speak", ["spoken"] = "speak", ["stole"] = "steal", ["stolen"] = "steal",
        ["swam"] = "swim", ["swum"] = "swim", ["swore"] = "swear", ["sworn"] = "swear", ["taught"] = "teach", ["threw"] = "throw",
        ["thrown"] = "throw", ["told"] = "tell", ["undertook"] = "undertake", ["undertaken"] = "undertake", ["upheld"] = "uphold",
        ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["won"] = "win", ["wore"] = "wear", ["worn"] = "wear",
        ["wrote"] = "write", ["written"] = "write",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The base form of an irregular past form ("wrote" → "write"), else the word itself.</summary>
    public static string Base(string word) => BaseOf.TryGetValue(word, out var verb) ? verb : word;
}
