using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Whom a question asks about beside its subject: "Varsk's coach", the one fined in "How much was Marovia fined?".</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// The role in "Varsk's coach", "Norvia's sports minister": the question asks about the one who holds it, not about
    /// the name it belongs to. Null when it names none, and for a who-question, which asks who holds the role and
    /// reads it as the relation.
    /// </summary>
    public static string? HolderOfAnothersRole(string question, AskedFor asks) =>
        asks != AskedFor.Who && RoleOfAName().Match(QuestionKindReader.WithoutOpener(First(question))) is { Success: true } role
            ? role.Groups["role"].Value.ToLowerInvariant()
            : null;

    /// <summary>
    /// The name of the one a question asks was punished ("Marovia" in "How much was Marovia fined?", "Kestra" in "How
    /// long was Kestra banned from hosting?"); empty when it asks of no such one.
    /// </summary>
    public static IReadOnlyList<string> SanctionedAsked(string question) =>
        SanctionAsked().Match(QuestionKindReader.WithoutOpener(First(question))) is { Success: true } asked
            ? [.. Words(asked.Groups["name"].Value)]
            : [];

    /// <summary>
    /// The kind of body whose head a who-question asks for: "union" in "Who heads the Tarsenian players' union?" and
    /// "Who is the president of the players' union?" (<see cref="BodyKind"/>). Null when it asks the head of a body by
    /// its name alone ("Who heads the NBL?"), or for no head.
    /// </summary>
    public static string? HeadedBody(string clause) =>
        BodyHeaded().Match(QuestionKindReader.WithoutOpener(clause)) is { Success: true } body
            ? Words(body.Groups["body"].Value).Take(HeadedBodyWords).Select(BodyKind).FirstOrDefault(kind => kind is not null)
            : null;

    /// <summary>
    /// The kind of body a word names: "league", "union", "committee"…; a federation, an association and an FA are one
    /// kind, for a national governing body is called either ("Polish FA president", "president of the Polish football
    /// federation"). Null for a word naming no kind of body.
    /// </summary>
    public static string? BodyKind(string word) => word.ToLowerInvariant() switch
    {
        "federation" or "association" or "confederation" or "fa" => "federation",
        "league" or "union" or "committee" or "company" or "council" or "ministry" or "broadcaster" or "agency"
            or "commission" or "panel" or "tribunal" or "court" or "board" or "club" or "government" or "party" => word.ToLowerInvariant(),
        _ => null,
    };

    /// <summary>How many words after the head's title may name the body: "the Tarsenian players union".</summary>
    private const int HeadedBodyWords = 5;

    [GeneratedRegex(@"\b(?:heads?|leads?|president|chief|boss|leader|chairman|chairwoman)\s+(?:of\s+|at\s+)?(?:the\s+)?(?<body>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyHeaded();

    // "How much was referee Jonas Mirecki fined?": the words of a role before the name describe whom it names.
    [GeneratedRegex(@"\b(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:the\s+)?(?:\p{Ll}+\s+){0,2}?(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+(?:(?:\p{Ll}+ly|been)\s+)?(?:" + FactSpotter.PunishedVerbs + @")\b")]
    private static partial Regex SanctionAsked();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}-]*['’]s\s+(?:(?:new|former|national|sports|head|own)\s+)?(?<role>coach|coaches|lawyer|lawyers|agent|manager|captain|president|minister|chairman|chairwoman|spokesman|spokeswoman|spokesperson|teammate|teammates|wife|husband|father|mother|brother|sister|doctor|trainer|physio)\b")]
    private static partial Regex RoleOfAName();
}
