namespace SportsBot.Evaluation;

/// <summary>Starting on the bundled knowledge folder with an empty store (cold) and again when nothing changed (warm).</summary>
/// <param name="ModelLoadMs">Loading the embedding model, paid once by every new process on top of both starts.</param>
public sealed record FirstStartReport(double ModelLoadMs, StartReport Cold, StartReport Warm, long DiskBytes);
