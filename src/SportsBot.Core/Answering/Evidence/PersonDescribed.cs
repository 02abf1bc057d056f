namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// A person a question describes by what they did instead of naming them: "the official who kissed Hermoso". The
/// sources name them when they answer "Who kissed Hermoso?", and the question is then asked about that name.
/// </summary>
/// <param name="Phrase">The description as the question words it: "the official who kissed Hermoso".</param>
/// <param name="Clause">What it says they did: "kissed Hermoso".</param>
public sealed record PersonDescribed(string Phrase, string Clause)
{
    /// <summary>The name the sources give them ("Rubiales"); null until found.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The question that finds them: "Who kissed Hermoso?". A name in the description says whose they are, and goes
    /// with the clause: "the Kestrel Vale chairman who quit after the appeal" is found by "Who quit after the appeal as
    /// Kestrel Vale chairman?", not by anyone who quit after an appeal.
    /// </summary>
    public string Question => NamedHolder() is { } holder ? $"Who {Clause} as {holder}?" : $"Who {Clause}?";

    /// <summary>The question asked about the person by name: "What sanction did FIFA give Rubiales?".</summary>
    public string AskedAbout(string question, string name) => question.Replace(Phrase, name, StringComparison.Ordinal);

    /// <summary>"Kestrel Vale chairman" of "the Kestrel Vale chairman who…": the words before "who" when a name is among them.</summary>
    private string? NamedHolder()
    {
        var who = Phrase.IndexOf(" who ", StringComparison.Ordinal);
        if (who < 0)
        {
            return null;
        }

        var words = Phrase[..who].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToArray();
        return words.Length > 1 && words[..^1].Any(w => char.IsUpper(w[0])) ? string.Join(' ', words) : null;
    }
}
