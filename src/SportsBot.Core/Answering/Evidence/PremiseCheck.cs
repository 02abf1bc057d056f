namespace SportsBot.Core.Answering.Evidence;

/// <summary>What a message takes as given, and the evidence on it judged as a question of its own.</summary>
/// <param name="DeedStem">
/// The stem of the premise's verb, as the rules read the message's words: a sentence of the answer whose
/// <see cref="EvidenceCheck.FocusSaid"/> holds it states the premise ("kissed her on the lips" for "Since Rubiales
/// kissed Hermoso, …"). Null when the premise has no verb of its own.
/// </param>
public sealed record PremiseCheck(TakenAsGiven Given, EvidenceSet Evidence, string? DeedStem)
{
    /// <summary>The sentence, judged for the whole message, says the premise's deed in any form or a word of its concept.</summary>
    public bool StatedBy(EvidenceSentence sentence) => DeedStem is { } stem && sentence.Check.FocusSaid.Contains(stem);
}
