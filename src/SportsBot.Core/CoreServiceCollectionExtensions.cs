using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Feeds;
using SportsBot.Core.Chat;
using SportsBot.Core.Feedback;
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
        services.AddValidatedOptions<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddValidatedOptions<AnswerOptions>(configuration.GetSection($"{KnowledgeOptions.Section}:Answers"));
        services.AddValidatedOptions<LlmOptions>(configuration.GetSection(LlmOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Chunker(sp.GetRequiredService<IOptions<ChunkingOptions>>().Value));
        services.AddSingleton<ArticleParser>();
        services.AddSingleton<EnglishReadings>();
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<KnowledgeWriter>();
        services.AddSingleton<BatchIngest>();
        services.AddSingleton<KnowledgeFolderSync>();
        // Factories, not type registrations: the container would pick the constructors taking IEnumerable<string[]>
        // and hand them an empty list, leaving the tables empty.
        services.AddSingleton(_ => new AliasTable());
        services.AddSingleton<SportTable>();
        services.AddSingleton(sp => new ConceptTable(sp.GetRequiredService<IWordStemmer>()));
        services.AddSingleton<TermMatcher>();
        services.AddSingleton<QueryAnalyzer>();
        services.AddSingleton<IRetriever, HybridRetriever>();
        services.AddSingleton<SentenceVectorCache>();
        services.TryAddSingleton<ISourceGlossary, NoSourceGlossary>();
        services.AddSingleton<EvidenceFinder>();
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<ReplySupport>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<AnswerWarmup>();
        services.AddSingleton<EmbeddingRefresher>();
        // The extractive answerer is the default and every LLM answer's fallback; Llm:Provider picks the model one.
        services.AddSingleton<LlmAnswerer>();
        services.AddSingleton<IAnswerer>(sp => UsesLanguageModel(sp) ? sp.GetRequiredService<LlmAnswerer>() : sp.GetRequiredService<ExtractiveAnswerer>());
        services.AddSingleton<RuleBasedFollowUpRewriter>();
        services.AddSingleton<LlmFollowUpRewriter>();
        services.AddSingleton<IFollowUpRewriter>(sp => UsesLanguageModel(sp) ? sp.GetRequiredService<LlmFollowUpRewriter>() : sp.GetRequiredService<RuleBasedFollowUpRewriter>());
        services.AddSingleton<IQuestionTranslator>(sp => UsesLanguageModel(sp)
            ? ActivatorUtilities.CreateInstance<LlmQuestionTranslator>(sp)
            : sp.GetKeyedService<IQuestionTranslator>(IQuestionTranslator.WithoutModel) ?? new NoQuestionTranslator());
        services.AddSingleton<QuestionSpeller>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<FeedService>();
        services.AddSingleton<StaleArticleFinder>();
        services.AddSingleton<ArticleLookup>();
        services.AddSingleton<ArticleEditor>();
        services.AddSingleton<ArticleSuggestions>();
        services.AddSingleton<GapFinder>();
        services.AddSportsBotChat(configuration);
        return services;
    }

    /// <summary>The platform-neutral chat: commands, roles, channel settings, rate limits, follow-ups.</summary>
    private static IServiceCollection AddSportsBotChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ChatOptions>(configuration.GetSection(ChatOptions.Section))
            .Validate(o => o.Operators.All(op => op.Split(':') is [{ Length: > 0 }, { Length: > 0 }]), "Chat:Operators entries must look like platform:userId, e.g. telegram:123456789.");
        services.AddSingleton<RoleResolver>();
        services.AddSingleton<ChatRateLimiter>();
        services.AddSingleton<QuestionHandler>();
        services.AddSingleton<KnowledgeCommandHandler>();
        services.AddSingleton<KnowledgeUpkeepHandler>();
        services.AddSingleton<ConfigCommandHandler>();
        services.AddSingleton<ArticleModerationHandler>();
        services.AddSingleton<FeedbackHandler>();
        // Admin commands sent in private wait here for the sender to pick a group.
        services.AddMemoryCache();
        services.AddSingleton<GroupChoiceHandler>();
        services.AddSingleton<ChatService>();
        // One per platform adapter: each handles its own messages concurrently, in order within a chat.
        services.AddTransient<MessageDispatcher>();
        return services;
    }

    private static bool UsesLanguageModel(IServiceProvider services) =>
        services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider != LlmProvider.None;

    /// <summary>Binds a section and checks its data annotations when the host starts, not when the value is first read.
    /// Every failure names the full key, what is allowed and what was found, so one line tells how to fix it.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration section)
        where T : class
    {
        var path = section is IConfigurationSection s ? s.Path : typeof(T).Name;
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(path));
        return services.AddOptions<T>().Configure(o => SettingsBinder.Bind(section, o)).ValidateOnStart();
    }
}
