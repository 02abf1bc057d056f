using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Knowledge, search and answering: everything that decides, nothing that talks to the outside.</summary>
    public static IServiceCollection AddSportsBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<KnowledgeOptions>(configuration.GetSection(KnowledgeOptions.Section));
        services.AddValidatedOptions<ChunkingOptions>(configuration.GetSection($"{KnowledgeOptions.Section}:Chunking"));
        services.AddValidatedOptions<SearchOptions>(configuration.GetSection($"{KnowledgeOptions.Section}:Search"));
        services.AddValidatedOptions<AnswerOptions>(configuration.GetSection($"{KnowledgeOptions.Section}:Answers"));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Chunker(sp.GetRequiredService<IOptions<ChunkingOptions>>().Value));
        services.AddSingleton<ArticleParser>();
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<KnowledgeFolderSync>();
        services.AddSingleton<VectorIndex>();
        services.AddSingleton<VectorIndexLoader>();
        services.AddSingleton<AliasTable>();
        services.AddSingleton<QueryAnalyzer>();
        services.AddSingleton<IKeywordSearch, StoreKeywordSearch>();
        services.AddSingleton<IRetriever, HybridRetriever>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.AddSingleton<AnswerService>();
        return services;
    }

    /// <summary>Binds a section and checks its data annotations when the host starts, not when the value is first read.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration section)
        where T : class =>
        services.AddOptions<T>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
}
