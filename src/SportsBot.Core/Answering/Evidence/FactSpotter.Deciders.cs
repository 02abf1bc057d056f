using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"What did CAS decide about…": whether a text names the body asked about as the one deciding.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// The text names the body whose deed the question asks for (<see cref="FactContext.Decider"/>) other than as where
    /// a case is taken or heard: "Ekdal said he would appeal to the Court of Arbitration for Sport" tells nothing CAS
    /// decided, "CAS dismissed the appeal" and "the appeal was dismissed by CAS" do.
    /// </summary>
    public static bool NamesTheDecider(string text, FactContext context)
    {
        var decider = context.Decider ?? [];
        var read = context.Matcher.Read(WhereACaseGoes().Replace(text, " "), decider);
        return decider.All(term => context.Matcher.Mentions(read, term));
    }

    [GeneratedRegex(@"\b(?:to|before|with|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’.-]*)*")]
    private static partial Regex WhereACaseGoes();
}
