using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Storage;

/// <summary>The SQLite file cannot be written right now (another process holds its lock past the busy timeout) or at
/// all (a read-only file). The message is one line for the person who asked for the change.</summary>
public sealed class DatabaseUnavailableException(string message, bool readOnly, Exception inner) : StoreUnavailableException(message, readOnly, inner);
