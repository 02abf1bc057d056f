namespace SportsBot.Core.Answering.Evidence;

/// <summary>"How much did MTR pay for the rights?": a deed of money a how-much question asks about.</summary>
/// <param name="Verb">The question's own verb, as it asks it ("pay", "take", "spent").</param>
/// <param name="Said">The words a sentence telling that deed uses: paying, spending or buying for a payer; getting, earning, taking or selling for whoever is paid.</param>
/// <param name="Doer">Who did it, by the capitalised words of their name (none for "How much did the stadium cost?").</param>
/// <param name="DoerNoun">Who did it, by the last word of a description in lower case ("council" of "the city council"); null for a name or no doer.</param>
/// <param name="ToCome">Asked of the future ("How much will Meridian spend?"): a sum promised or planned answers it.</param>
public sealed record MoneyDeed(string Verb, IReadOnlyList<string> Said, IReadOnlyList<string> Doer, string? DoerNoun = null, bool ToCome = false)
{
    /// <summary>
    /// "How much did the fund offer?" is answered by the sum offered, "How much will Meridian spend?" by the sum it
    /// promised; any other deed by a sum that changed hands.
    /// </summary>
    public bool AcceptsASumToCome => ToCome || Verb is "offer" or "offered" or "bid";
}
