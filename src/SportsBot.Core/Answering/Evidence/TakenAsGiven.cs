namespace SportsBot.Core.Answering.Evidence;

/// <summary>What a message takes as given, as the yes/no question that checks it against the sources.</summary>
/// <param name="Question">"Is it true that CAS overturned the suspension?"</param>
/// <param name="Note">What the answer says before what the sources report of it: "On whether CAS overturned the suspension:".</param>
/// <param name="Rest">What the message asks once that is given: "is the ROC back?".</param>
/// <param name="Deed">The premise's verb ("overturned", "kissed"); null when it has only an auxiliary ("is").</param>
public sealed record TakenAsGiven(string Question, string Note, string Rest, string? Deed = null);
