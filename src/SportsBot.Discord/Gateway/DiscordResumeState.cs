namespace SportsBot.Discord.Gateway;

/// <summary>
/// What a RESUME needs: READY's session id and resume URL, and the last sequence number seen. The receive loop
/// writes the sequence while the heartbeat reads it, so that number is read and written atomically.
/// </summary>
internal sealed class DiscordResumeState
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    /// <summary>A session to resume: READY gave both its id and where to resume it.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last sequence number seen on this session, or null before the first.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public void Started(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Saw(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    /// <summary>The session is over: the next connection identifies afresh.</summary>
    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
