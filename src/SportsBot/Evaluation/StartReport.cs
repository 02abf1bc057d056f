namespace SportsBot.Evaluation;

/// <summary>One start of the host on the knowledge folder: build and validate, sync the folder, answer the first question.</summary>
/// <param name="FirstAnswerMs">Includes loading the stored vectors into memory.</param>
public sealed record StartReport(int Articles, double HostStartMs, double SyncMs, double FirstAnswerMs, double TotalMs);
