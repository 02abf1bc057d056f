namespace SportsBot.Core.Search;

/// <summary>Words that carry no topic: a question's content is what is left without them.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "to", "from", "in", "on", "into", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must",
        "i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
        "what", "which", "who", "whom", "whose", "this", "that", "these", "those", "when", "where", "why", "how",
        "there", "here", "than", "then", "so", "too", "very", "just", "not", "no", "nor", "any", "all", "some", "such",
        "now", "still", "currently", "current", "today", "yet", "ever", "again", "tell", "please", "know", "say", "said",
        "s", "t", "happen", "happened", "get", "got", "since", "until", "many", "much", "long", "far", "also", "both", "either",
        "whats", "what's", "who's", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "won't",
        "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "cannot",
        "anymore", "really", "actually", "ok", "okay", "hey", "hi", "thanks", "thank", "like", "one", "ones", "up", "out", "over",
        "after", "before", "during", "while", "instead", "following", "within", "without", "under", "via", "per", "against",
        "going", "gonna", "wanna", "make", "made", "give", "tell", "explain", "mean", "means", "stand", "stands",

        // "Did Kharlan get to go to the Olympics?": going somewhere is what its place says, competing or attending, which
        // a source says in its own verb; "go" itself is no word a source on it repeats.
        "go", "goes", "went", "gone",

        // "Which judge handled the challenge?": a verb that says only that somebody had the matter in hand asks nothing
        // a source says in it ("Judge Hanna Olbrecht ruled…"); the role and the matter carry the question.
        "handle", "handled", "handles", "handling", "dealt", "oversaw", "oversee", "oversees", "overseen",

        // "Is it true that CAS overturned the suspension?" asks yes or no about the rest: "true" is not its matter.
        "true",

        // Chat shorthand for the words above ("what did amnesty say abt the buyout", "why r they banned rn").
        "abt", "u", "ur", "r", "pls", "plz", "thx", "cuz", "coz", "bc", "btw", "tbh", "imo", "idk", "lol", "ya", "rn", "wrt", "b4",
        "wat", "wot", "wut", "wit", "wiv", "tho", "thru",

        // Negations written without their apostrophe ("why wont the aussies play", "isnt he banned"): without this
        // "wont" is a slip the speller mends to "won", and the question asks about winning.
        "wont", "dont", "doesnt", "didnt", "cant", "couldnt", "wouldnt", "shouldnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "aint",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
