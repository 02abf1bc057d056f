using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Embeddings;
using SportsBot.Infrastructure.Extraction;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>SQLite storage, the embedding model and HTML extraction behind Core's interfaces.</summary>
    public static IServiceCollection AddSportsBotInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddValidatedOptions<EmbeddingsOptions>(configuration.GetSection(EmbeddingsOptions.Section))
            .Validate(o => string.Equals(o.Provider, "MiniLM", StringComparison.OrdinalIgnoreCase), "Embeddings:Provider must be MiniLM (the bundled model).");

        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IKnowledgeStore, SqliteKnowledgeStore>();
        services.AddSingleton<IChannelSettingsStore, SqliteChannelSettingsStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<IAdapterStateStore, SqliteAdapterStateStore>();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, MiniLmEmbeddingGenerator>();
        services.AddSingleton<IEmbedder, EmbeddingGeneratorEmbedder>();
        services.AddSingleton<IHtmlTextExtractor, SmartReaderHtmlExtractor>();
        return services;
    }
}
