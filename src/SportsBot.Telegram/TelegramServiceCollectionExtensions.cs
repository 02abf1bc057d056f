using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core;
using SportsBot.Core.Chat;

namespace SportsBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram adapter. It is a chat platform the run verb starts when Telegram:Token is set; other verbs never poll.</summary>
    public static IServiceCollection AddSportsBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TelegramOptions>(configuration.GetSection(TelegramOptions.Section))
            .Validate(
                o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "Telegram:ApiBaseUrl must be an http(s) URL such as https://api.telegram.org.")
            .Validate(
                o => o.Token is null || o.Token.Length == 0 || o.Token.Contains(':', StringComparison.Ordinal),
                "Telegram:Token does not look like a bot token from @BotFather (123456:ABC…).");
        services.AddSingleton<TelegramTokenRedactor>();
        services.AddSingleton<TelegramResilience>();
        services.AddSingleton<TelegramRoleCache>();
        services.AddSingleton<TelegramMessageTranslator>();
        services.AddSingleton<TelegramPollingService>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<TelegramPollingService>());
        return services;
    }
}
