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

    /// <summary>The question that finds them: "Who kissed Hermoso?".</summary>
    public string Question => $"Who {Clause}?";

    /// <summary>The question asked about the person by name: "What sanction did FIFA give Rubiales?".</summary>
    public string AskedAbout(string question, string name) => question.Replace(Phrase, name, StringComparison.Ordinal);
}
