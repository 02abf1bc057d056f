namespace SportsBot.Core.Answering.Evidence;

/// <summary>What a message takes as given, and the evidence on it judged as a question of its own.</summary>
public sealed record PremiseCheck(TakenAsGiven Given, EvidenceSet Evidence);
