using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Vectors;

namespace SportsBot.Evaluation;

/// <summary>
/// How much of the exact scan's top k the shipped vector search returns on a store, for the bench's questions:
/// the codes of a large store pick candidates, and this is what that costs in results.
/// </summary>
public static class VectorRecall
{
    /// <summary>Generated questions the bench measures recall on, at each scale.</summary>
    public const int Questions = 100;

    /// <summary>The mean share of the exact top k found; null when the store is small enough to be scored exactly anyway.</summary>
    public static async Task<double?> MeasureAsync(IHost shipped, BenchHosts hosts, string db, IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        var options = shipped.Services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var index = shipped.Services.GetRequiredService<MappedVectorIndex>();
        if (index.CodeBytes == 0)
        {
            return null;
        }

        var everyRow = new Dictionary<string, string?> { [$"{SearchOptions.Section}:{nameof(SearchOptions.VectorCandidates)}"] = "1000000" };
        using var exactHost = await hosts.OpenAsync(db, null, everyRow, cancellationToken);
        var exact = exactHost.Services.GetRequiredService<IVectorIndex>();
        await exact.EnsureCurrentAsync(cancellationToken);
        var embedder = shipped.Services.GetRequiredService<IEmbedder>();
        var shares = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var vector = await embedder.EmbedQueryAsync(question, cancellationToken);
            var expected = exact.Search(vector, options.VectorTopK).Select(h => h.ChunkId).ToList();
            var found = index.Search(vector, options.VectorTopK).Select(h => h.ChunkId).ToHashSet();
            shares.Add(expected.Count == 0 ? 1 : expected.Count(found.Contains) / (double)expected.Count);
        }

        await exactHost.StopAsync(cancellationToken);
        return shares.Average();
    }
}
