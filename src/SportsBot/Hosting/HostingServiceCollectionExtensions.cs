using Microsoft.Extensions.DependencyInjection;

namespace SportsBot.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The host's own services: knowledge start-up and the console front end.</summary>
    public static IServiceCollection AddSportsBotHosting(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeBootstrapper>();
        return services;
    }

    /// <summary>The long-running background work of the <c>run</c> verb; one-shot verbs such as <c>ask</c> leave it out.</summary>
    public static IServiceCollection AddSportsBotWorkers(this IServiceCollection services)
    {
        services.AddHostedService<FeedPollingService>();
        services.AddHostedService<AnswerWarmupService>();
        return services;
    }
}
