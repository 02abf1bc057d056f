using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core;
using SportsBot.Core.Chat;
using SportsBot.Discord.Chat;
using SportsBot.Discord.Gateway;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The Discord adapter. It is a chat platform the run verb starts when Discord:Token is set; other verbs never connect.</summary>
    public static IServiceCollection AddSportsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DiscordOptions>(configuration.GetSection(DiscordOptions.Section))
            .Validate(o => IsUrl(o.ApiBaseUrl, "http", "https"), "Discord:ApiBaseUrl must be an http(s) URL such as https://discord.com/api/v10.")
            .Validate(o => string.IsNullOrWhiteSpace(o.GatewayUrl) || IsUrl(o.GatewayUrl, "ws", "wss"), "Discord:GatewayUrl must be a ws(s) URL such as wss://gateway.discord.gg, or empty to ask Discord.")
            .Validate(o => string.IsNullOrWhiteSpace(o.GuildId) || o.GuildId.All(char.IsAsciiDigit), "Discord:GuildId must be a server id (digits; Developer Mode → right-click the server → Copy Server ID), or empty.")
            .Validate(o => o.ShardId < o.ShardCount, "Discord:ShardId must be less than Discord:ShardCount.")
            .Validate(o => o.InvalidSessionMinDelayMilliseconds <= o.InvalidSessionMaxDelayMilliseconds, "Discord:InvalidSessionMinDelayMilliseconds must not exceed Discord:InvalidSessionMaxDelayMilliseconds.")
            .Validate(
                o => o.Token is null || o.Token.Length == 0 || (!o.Token.Any(char.IsWhiteSpace) && o.Token.Contains('.', StringComparison.Ordinal)),
                "Discord:Token does not look like a bot token from the Developer Portal (Bot → Reset Token); give the token alone, without 'Bot '.");
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordGateway>();
        services.AddSingleton<DiscordRoleCache>();
        services.AddSingleton<DiscordAttachmentSource>();
        services.AddSingleton<DiscordMessageTranslator>();
        services.AddSingleton<DiscordInteractionTranslator>();
        services.AddSingleton<DiscordBotService>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<DiscordBotService>());
        return services;
    }

    private static bool IsUrl(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
