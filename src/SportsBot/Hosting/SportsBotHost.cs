using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SportsBot.Core;
using SportsBot.Discord;
using SportsBot.Evaluation;
using SportsBot.Infrastructure;
using SportsBot.Telegram;

namespace SportsBot.Hosting;

/// <summary>Builds the Generic Host: configuration from appsettings, user secrets, environment and the command line; one AddXxx per layer.</summary>
public static class SportsBotHost
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> overrides, LogLevel minimumLevel, Action<IServiceCollection>? configureServices)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = false,
        });

        // appsettings.json next to the program is the fallback; the one in the working directory wins.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
            ReloadOnChange = false,
        });
        builder.Configuration.AddUserSecrets(typeof(SportsBotHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides);

        // stdout belongs to answers (ask --json is read by tools); every log line goes to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);

        builder.Services
            .AddSportsBotCore(builder.Configuration)
            .AddSportsBotInfrastructure(builder.Configuration)
            .AddSportsBotTelegram(builder.Configuration)
            .AddSportsBotDiscord(builder.Configuration)
            .AddSportsBotHosting()
            .AddSportsBotEvaluation();

        configureServices?.Invoke(builder.Services);
        return builder;
    }
}
