using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Whether a sentence names a club, for a question asking which one.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "Which club is Sarkany at now?" is answered by "Sarkany signed an 18-month contract with second-division Ostby
    /// United", which never says "club": a club is named as one ("his Brazilian club Flamengo", "al-Araibi's club,
    /// Pascoe Vale"), by a club's word in its name ("Holmvik FC", "Ostby United"), as whom a player plays, signs or
    /// moves for ("plays semi-professional football for Pascoe Vale", "joined Ostby United"), or as whom a club faces
    /// ("City are due to face Real Madrid"). A name the question itself gives is not the answer, with a club's word or
    /// without ("Portmarre Athletic" for "before he moved to Portmarre"); a federation, a court
    /// or a club spoken of without a name ("lets a club claim a fee") is none.
    /// </summary>
    public static bool NamesAClub(string sentence, FactContext context) =>
        ClubNamed().Matches(sentence).Any(m => !m.Groups["name"].Value.Split(' ').Where(w => !ClubWord().IsMatch(w)).All(context.IsQuestionName));

    // "Portmarre Athletic" is the question's Portmarre: "Which club did he play for before Portmarre?" asks for another.
    [GeneratedRegex(@"^(?:FC|AFC|CF|SC|AC|United|Athletic|Rovers|Wanderers|Albion|Rangers|Town|City)$")]
    private static partial Regex ClubWord();

    private const string ClubName = @"(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})";

    [GeneratedRegex(@"\bclub,?\s+" + ClubName
        + @"|" + ClubName + @"\s+(?:FC|AFC|CF|SC|United|Athletic|Rovers|Wanderers|Albion|Rangers|Town|City)\b"
        + @"|\b(?:FC|AC|SC|CF)\s+" + ClubName
        + @"|\b(?:plays?|played|playing|turns? out|turned out|turning out|signed|signs|signing|moved|moves|returned|returns|loaned|joined|joins|joining)\b(?:\s+[\p{Ll}\d'-]+){0,5}?\s+(?:for|with|to|at)\s+(?:(?:second|third|first|top)[\p{L}-]*\s+|[\p{Ll}-]+-division\s+)?" + ClubName
        + @"|\b(?:joined|joins|joining|face|faces|faced|facing|meet|meets|met|play|plays|played|beat|beats|against)\s+" + ClubName)]
    private static partial Regex ClubNamed();
}
