using Microsoft.Extensions.Hosting;

namespace SportsBot.Core.Chat;

/// <summary>
/// A chat platform adapter (Telegram, Discord). The run verb starts every configured one once the knowledge
/// base is ready, and falls back to the console chat when none is configured.
/// </summary>
public interface IChatPlatform : IHostedService
{
    string Name { get; }

    /// <summary>True when its token is set; an unconfigured platform is never started.</summary>
    bool IsConfigured { get; }

    /// <summary>The running adapter; it ends when stopped, or faults when the platform refuses the bot (a bad token).</summary>
    Task? ExecuteTask { get; }
}
