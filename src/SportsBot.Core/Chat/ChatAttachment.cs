namespace SportsBot.Core.Chat;

/// <summary>A file attached to a message. Its bytes are fetched only when a command needs them, after the size is checked.</summary>
/// <param name="SizeBytes">As the platform reports it; null when unknown.</param>
/// <param name="Download">Fetches the file's bytes from the platform.</param>
public sealed record ChatAttachment(string FileName, long? SizeBytes, Func<CancellationToken, Task<byte[]>> Download)
{
    public static ChatAttachment FromBytes(string fileName, byte[] bytes) =>
        new(fileName, bytes.LongLength, _ => Task.FromResult(bytes));
}
