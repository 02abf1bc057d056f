using Microsoft.Extensions.DependencyInjection;

namespace SportsBot.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>The eval and bench runners; nothing on the path of a normal question.</summary>
    public static IServiceCollection AddSportsBotEvaluation(this IServiceCollection services)
    {
        services.AddSingleton<EvalRunner>();
        services.AddSingleton<BenchRunner>();
        services.AddSingleton<SyntheticFiller>();
        return services;
    }
}
