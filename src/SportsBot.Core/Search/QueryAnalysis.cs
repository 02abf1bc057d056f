namespace SportsBot.Core.Search;

/// <summary>What retrieval needs to know about a question.</summary>
/// <param name="Terms">Content words, lower-case, stop words removed.</param>
/// <param name="Aliases">Other names of the bodies and events the question mentions.</param>
/// <param name="Years">Four-digit years the question names; an answer must come from a source that mentions them.</param>
/// <param name="AboutThePresent">"Can…", "still…", "now…": the newest source should lead.</param>
/// <param name="AboutThePast">"Where was…", "What did … decide in 2020": a newer source on the same matter does not replace the one asked about.</param>
public sealed record QueryAnalysis(
    string Question,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Years,
    bool AboutThePresent,
    bool AboutThePast = false);
