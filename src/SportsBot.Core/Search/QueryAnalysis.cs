namespace SportsBot.Core.Search;

/// <summary>What retrieval and the answerers need to know about a question.</summary>
/// <param name="Terms">Content words, lower-case, stop words removed.</param>
/// <param name="Aliases">Other names of the bodies and events the question mentions.</param>
/// <param name="Years">Four-digit years the question names; an answer must come from a source that mentions them.</param>
/// <param name="AboutThePresent">"Can…", "still…", "now…": the newest source should lead.</param>
/// <param name="AboutThePast">"Where was…", "What did … decide in 2020": a newer source on the same matter does not replace the one asked about.</param>
/// <param name="Asks">The kind of fact the question asks for.</param>
/// <param name="Names">The terms the question itself marks as names: capitalised after the first word, acronyms, known bodies, numbers.</param>
/// <param name="Subject">What a <see cref="AskedFor.WhatIs"/> question asks about ("AIN" in "What does AIN stand for?").</param>
/// <param name="Ignored">Terms an answer need not mention: those only in a statement before the question, or inside a compound that describes ("Moscow-born").</param>
/// <param name="AskedNoun">What a <see cref="AskedFor.HowMany"/> question counts ("medals" in "How many medals…").</param>
public sealed record QueryAnalysis(
    string Question,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Years,
    bool AboutThePresent,
    bool AboutThePast = false,
    AskedFor Asks = AskedFor.Open,
    IReadOnlyList<string>? Names = null,
    string? Subject = null,
    string? AskedNoun = null,
    IReadOnlyList<string>? Ignored = null)
{
    /// <summary>The question as the asker wrote it, when what was searched is a translation or a restated follow-up.</summary>
    public string? AskedAs { get; init; }

    /// <summary>The language the asker wrote in, when it is not English ("French").</summary>
    public string? AskedIn { get; init; }

    /// <summary>What was searched is English: the question as written, or its translation. Not so for another language searched as written.</summary>
    public bool SearchedInEnglish => AskedIn is null || !string.Equals(Question, AskedAs, StringComparison.Ordinal);

    /// <summary>
    /// The question asks about an undoing ("When did Wimbledon let Russians back?", "When was the ban lifted?"): though
    /// it asks about the past, what it asks about is the later of two positions, so a newer report on the same matter
    /// still goes first.
    /// </summary>
    public bool AsksAboutAReturn { get; init; }

    /// <summary>
    /// The question asks what holds now or from now on ("still", "now", "can", "will"), not merely in the present tense
    /// ("Who is the player…?"): a later change to the matter answers it.
    /// </summary>
    public bool AsksWhatHoldsNow { get; init; }

    /// <summary>
    /// The question says it asks for the fact as it stands ("now", "still", "currently", "current", "latest"), not
    /// only by its tense or by "can" and "will": the newest story that answers it leads.
    /// </summary>
    public bool AsksAsItStands { get; init; }

    /// <summary>The earlier answer a follow-up continues: its sentences are not offered again when the sources say more.</summary>
    public string? AlreadySaid { get; init; }
}
