using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SportsBot.Core;
using SportsBot.Core.Answering;
using SportsBot.Core.Feeds;
using SportsBot.Core.Chat;
using SportsBot.Core.Feedback;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Embeddings;
using SportsBot.Infrastructure.Text;
using SportsBot.Infrastructure.Extraction;
using SportsBot.Infrastructure.Llm;
using SportsBot.Infrastructure.Search;
using SportsBot.Infrastructure.Storage;
using SportsBot.Infrastructure.Vectors;
using SportsBot.Infrastructure.Web;

namespace SportsBot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>SQLite storage, the embedding model, HTML extraction and the language model behind Core's interfaces.</summary>
    public static IServiceCollection AddSportsBotInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddValidatedOptions<EmbeddingsOptions>(configuration.GetSection(EmbeddingsOptions.Section));

        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IKnowledgeStore, SqliteKnowledgeStore>();
        services.AddSingleton<IKeywordSearch, FtsKeywordSearch>();
        services.AddSingleton<MappedVectorIndex>();
        services.AddSingleton<IVectorIndex>(sp => sp.GetRequiredService<MappedVectorIndex>());
        services.AddSingleton<IChannelSettingsStore, SqliteChannelSettingsStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IAdapterStateStore, SqliteAdapterStateStore>();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
            sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value switch
            {
                { Provider: EmbeddingProvider.OpenAI } openAI => OpenAIEmbeddingGeneratorFactory.Create(openAI),
                { Provider: EmbeddingProvider.ArcticXs } arctic => LocalEmbeddingGenerator.ArcticXs(arctic.EffectiveModelDirectory),
                var miniLm => LocalEmbeddingGenerator.MiniLm(miniLm.EffectiveModelDirectory),
            });
        services.AddSingleton<IEmbedder, EmbeddingGeneratorEmbedder>();
        services.AddSingleton<IWordStemmer, SnowballWordStemmer>();
        services.AddSingleton<IEnglishWords, TokenizerVocabulary>();
        services.AddSingleton<ILanguageDetector, LinguaLanguageDetector>();
        services.AddSingleton<GlossaryShelf>();
        services.AddSingleton<ISourceGlossary>(sp => sp.GetRequiredService<GlossaryShelf>());
        services.AddKeyedSingleton<IQuestionTranslator, GlossaryQuestionTranslator>(IQuestionTranslator.WithoutModel);
        services.AddSingleton<IHtmlTextExtractor, SmartReaderHtmlExtractor>();

        services.AddSingleton<INetworkPolicy, ConfiguredNetworkPolicy>();

        // Links and feeds come from chat users: every fetch goes through the guarded handler (SSRF, size, redirects).
        services.AddHttpClient(GuardedFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttpHandler.Create(sp.GetRequiredService<INetworkPolicy>(), sp.GetRequiredService<IOptions<KnowledgeOptions>>()))
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<GuardedFetcher>();
        services.AddSingleton<IArticleFetcher, HttpArticleFetcher>();
        services.AddSingleton<IFeedReader, SyndicationFeedReader>();
        services.AddSingleton<IFeedStore, SqliteFeedStore>();
        services.AddSingleton<ICitationLog, SqliteCitationLog>();
        services.AddSingleton<IArticleDirectory, SqliteArticleDirectory>();
        services.AddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        services.AddSingleton<IAdminDirectory, SqliteAdminDirectory>();

        // Resolved only when Llm:Provider names one; with None the extractive answerer never asks for it.
        services.AddSingleton<ILanguageModel, SemanticKernelLanguageModel>();
        return services;
    }
}
