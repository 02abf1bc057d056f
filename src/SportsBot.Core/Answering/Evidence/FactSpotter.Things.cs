using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

public static partial class FactSpotter
{
    /// <summary>
    /// "Which hotel did Orzan leave?" is not answered by "the weightlifter who left her team's hotel": a which-question
    /// asks to name one of its kind, and a sentence that says the kind names it only with a name beside the word ("the
    /// Kessari Textiles factory", "Kessburg District Court", "the hotel, the Palace", "Nightjar Gaming, the first team to withdraw").
    /// A sentence that never says the kind may name it in its own words ("a supplement made by Nordwell Nutrition"), so
    /// it needs only to name something the question does not ("Orzan, 24, disappeared on 9 February" names nothing).
    /// </summary>
    private static bool SaysTheThingUnnamed(string sentence, FactContext context)
    {
        if (context.ThingToName is not { } thing)
        {
            return false;
        }

        var stem = context.Matcher.StemOf(thing);
        var words = WordWithPosition().Matches(sentence).ToList();
        var said = words.Where(w => context.Matcher.StemOf(w.Value) == stem).ToList();
        return said.Count > 0 ? !said.Any(w => NamedBeside(sentence, w, context)) : !words.Any(w => NamesSomethingNew(sentence, w, context));
    }

    private static bool NamesSomethingNew(string sentence, Match word, FactContext context) =>
        char.IsUpper(word.Value[0]) && !OpensSentence(sentence, word.Index) && !IsCalendarWord(word.Value)
        && !context.IsQuestionName(IsPossessive(word.Value) ? word.Value[..^2] : word.Value);

    private static bool NamedBeside(string sentence, Match word, FactContext context)
    {
        var before = sentence[..word.Index];
        var after = sentence[(word.Index + word.Length)..];
        var names = new List<string>();
        if (NameEnding().Match(before) is { Success: true } owner && !OpensSentence(sentence, owner.Index))
        {
            names.Add(owner.Groups["name"].Value);
        }

        names.AddRange(NameAfter().Matches(after).Take(1).Select(m => m.Groups["name"].Value));
        names.AddRange(NameInApposition().Matches(before).Take(1).Select(m => m.Groups["name"].Value));
        return names.Any(name => !name.Split(' ').All(w => context.IsQuestionName(IsPossessive(w) ? w[..^2] : w)));
    }

    // "Kessburg District Court", "the Kessari Textiles factory": capitalised words right before the kind are its name.
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+$")]
    private static partial Regex NameEnding();

    // "hotel, the Palace", "court in Kessburg" is a place, not the court's name; "team Nightjar", "club (Dravna Steel)".
    [GeneratedRegex(@"^(?:\s+|,\s+(?:the\s+)?|\s+\(|\s+(?:called|named|known as)\s+(?:the\s+)?)(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)")]
    private static partial Regex NameAfter();

    // "Nightjar Gaming, the first team to": a name set before the kind, as what it is.
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*),\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}$")]
    private static partial Regex NameInApposition();
}
