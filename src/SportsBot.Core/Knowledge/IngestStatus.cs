namespace SportsBot.Core.Knowledge;

public enum IngestStatus
{
    Added,
    Updated,
    Unchanged,
    Duplicate,
}
