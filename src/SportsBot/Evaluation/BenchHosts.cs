using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;
using SportsBot.Hosting;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Evaluation;

/// <summary>
/// Opens the product's own host on a given store file, as many times as bench needs, always with the one
/// already loaded model (never a second copy) behind a <see cref="TimingEmbedder"/>.
/// </summary>
public sealed class BenchHosts(IEmbeddingGenerator<string, Embedding<float>> generator, TimingEmbedder embedder)
{
    public Task<IHost> OpenAsync(string databasePath, string? knowledgeDirectory, CancellationToken cancellationToken) =>
        OpenAsync(databasePath, knowledgeDirectory, null, cancellationToken);

    /// <param name="settings">Configuration on top of the bench's own, e.g. another search setting to compare with.</param>
    public async Task<IHost> OpenAsync(string databasePath, string? knowledgeDirectory, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] = databasePath,
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Directory)}"] = knowledgeDirectory ?? Path.GetDirectoryName(databasePath),
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.SyncOnStart)}"] = knowledgeDirectory is null ? "false" : "true",
        };
        var host = SportsBotHost.CreateBuilder(overrides, LogLevel.Warning, services =>
        {
            services.AddSingleton(generator);
            services.AddSingleton<IEmbedder>(embedder);
        }).Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The store file with its write-ahead log and shared-memory file, and the vector file beside it.</summary>
    public static long DiskBytes(string databasePath) =>
        new[] { databasePath, databasePath + "-wal", databasePath + "-shm", databasePath + ".vectors" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
