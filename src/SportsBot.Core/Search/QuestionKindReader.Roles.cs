using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>How <see cref="QuestionKindReader"/> reads "What was the name of the judge…": the role whose holder is asked for.</summary>
public static partial class QuestionKindReader
{
    /// <summary>The role in "What was the name of the judge…" ("judge"), or null when the question is not put that way.</summary>
    public static string? NamedRole(string question)
    {
        // Read as written: the role is the first lower-case word after any names or "new", "former" that describe it
        // ("the Zemblan judge", "the new IOC official").
        // A role written capitalised ("the Media Ombudsman who ruled") is the last word before what follows it.
        var asked = WithoutOpener(question);
        if (NameOf().Match(asked) is not { Success: true } nameOf || RoleWord().Match(asked, nameOf.Length) is not { Success: true } role)
        {
            return null;
        }

        var word = role.Groups["role"];
        return RelativeWord().IsMatch(word.Value) && asked[nameOf.Length..word.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last]
            ? last.ToLowerInvariant()
            : word.Value;
    }

    [GeneratedRegex(@"^(?:who|whom|that|which|whose|in|at|of|for|on|with|during|from|to|now)$")]
    private static partial Regex RelativeWord();

    [GeneratedRegex(@"^what(?:'?s|\s+is|\s+was|\s+were|\s+are)\s+the\s+names?\s+of\s+(?:the\s+|a\s+|an\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    // "the name of istrova's head coach", "the pellen police commander": whose the role is, typed in lower case, and
    // the words before the role ("head", "sports", "pellen police") describe it; the last word before what follows it
    // is the role, but a chief is the role itself ("the chief executive" is asked as its chief).
    [GeneratedRegex(@"\G(?:(?:\p{Lu}[\p{L}'-]*|new|former|current|acting|interim|[\p{L}-]+(?:'s|s'))\s+){0,3}(?:(?:(?!(?:chief|who|whom|that|which|whose|in|at|of|for|on|with|during|from|to|now)\b)[a-z][a-z-]*\s+){1,2}(?=[a-z][a-z-]*(?:\s*[?!.]*\s*$|\s+(?:who|whom|that|which|whose|in|at|of|for|on|with|during|from|to|now)\b)))?(?<role>[a-z][a-z-]*)")]
    private static partial Regex RoleWord();
}
