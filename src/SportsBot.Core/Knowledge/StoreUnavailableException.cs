namespace SportsBot.Core.Knowledge;

/// <summary>
/// The store of record cannot take a change: another program holds its write lock past the wait allowed
/// (<see cref="ReadOnly"/> false: worth trying again shortly) or the store is read-only (true: it will not change).
/// Nothing was changed. The message is one line for whoever ran the command on the machine.
/// </summary>
public class StoreUnavailableException(string message, bool readOnly, Exception inner) : IOException(message, inner)
{
    public bool ReadOnly { get; } = readOnly;
}
