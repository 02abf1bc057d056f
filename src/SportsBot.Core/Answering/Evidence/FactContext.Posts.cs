using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="FactContext"/> reads a post: taken up, held for a time or for good, or held no longer.</summary>
public sealed partial record FactContext
{
    /// <summary>"Who will replace Kessick?": someone takes up a post (<see cref="FactSpotter.TakesUpAPost"/>), and so replaces its holder.</summary>
    public bool TakesThePost(string sentence) =>
        Relation is not null && !AsksWhomReplaced && Matcher.SameWord(Matcher.StemOf(Relation), Matcher.StemOf("replace"))
        && FactSpotter.TakesUpAPost(
            sentence,
            StandInAsked.Any(IsQuestionWord) ? true : IsQuestionWord("permanent") ? false : null,
            PostsAsked.Any(IsQuestionWord) ? word => PostsAsked.Contains(word, StringComparer.OrdinalIgnoreCase) && IsQuestionWord(word) : null);

    /// <summary>
    /// "LBF secretary-general Pavel Simonek": a post of two words joined ("secretary-general", "director-general") is one
    /// word, which the sentence says as written (or with a space), not after "deputy" or "former"; its words read apart
    /// would say neither.
    /// </summary>
    private bool SaysHyphenatedPost(string sentence) =>
        Relation is { } post && post.Contains('-')
        && Regex.Matches(sentence, $@"\b{Regex.Escape(post).Replace("-", "[- ]", StringComparison.Ordinal)}\b", RegexOptions.IgnoreCase)
            .Any(m => !Regex.IsMatch(sentence[..m.Index], @"\b(?:deputy|vice|assistant|former|ex|acting|interim)[- ]?\s*$", RegexOptions.IgnoreCase));

    private static readonly string[] StandInAsked = FactSpotter.StandInWords.Split('|');

    private static readonly string[] FormerWords = ["former", "ousted", "ex", "outgoing", "deposed", "previous", "sacked", "fired", "dismissed"];

    /// <summary>How far before a post its holder may be said to have lost it: "sacked women's national head coach Vera Kolodny".</summary>
    private const int FormerReach = 4;

    /// <summary>The question asks for the holder of a post ("coach"), which "banned from coaching" does not name.</summary>
    private bool PostAsked => Relation is { } post && PostsAsked.Contains(post, StringComparer.OrdinalIgnoreCase);

    // "head" says which post ("head coach"), and is asked as the post only with it.
    private static readonly string[] PostsAsked = [.. FactSpotter.Posts.Split('|').Where(post => post != "head")];

    /// <summary>
    /// "sacked women's national head coach Vera Kolodny": the words before a post asked for, at <paramref name="index"/>,
    /// say its holder lost it. A title won ("former national champion") is no post held.
    /// </summary>
    private bool LostThePost(IReadOnlyList<string> words, int index) =>
        PostAsked && !FormerWords.Any(IsQuestionWord)
        && words.Skip(Math.Max(0, index - FormerReach)).Take(Math.Min(index, FormerReach)).Any(w => FormerWords.Contains(w, StringComparer.OrdinalIgnoreCase));

    // "The ministry cited Article 9" says what the department did, not who the minister is: a body named after the post
    // is not its holder.
    [GeneratedRegex(@"^(?:ministry|ministries|directorate|directorates|secretariat|secretariats)$", RegexOptions.IgnoreCase)]
    private static partial Regex DepartmentOfThePost();
}
