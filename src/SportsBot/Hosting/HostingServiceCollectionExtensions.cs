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
}
