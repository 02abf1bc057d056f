namespace SportsBot.Core.Knowledge;

/// <summary>What a sync of the knowledge folder did. <see cref="Failures"/> holds one readable line per file that was skipped.</summary>
public sealed record FolderSyncReport(int Added, int Updated, int Removed, int Unchanged, IReadOnlyList<string> Failures)
{
    public bool ChangedAnything => Added + Updated + Removed > 0;

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged" + (Failures.Count > 0 ? $", {Failures.Count} skipped" : string.Empty);
}
