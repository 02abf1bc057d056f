using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SportsBot.Hosting;

namespace SportsBot.Tests.Infrastructure;

/// <summary>The product's own host, on a real SQLite file in a temp folder, with the shared real model.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private TestHost(IHost host, TempFolder folder)
    {
        Host = host;
        _folder = folder;
    }

    public IHost Host { get; }

    public string DatabasePath => _folder.File("kb.db");

    public IServiceProvider Services => Host.Services;

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <param name="knowledgeDirectory">Folder synced at start; null for an empty store.</param>
    public static async Task<TestHost> StartAsync(string? knowledgeDirectory, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var folder = new TempFolder();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = folder.File("kb.db"),
            ["Knowledge:Directory"] = knowledgeDirectory ?? folder.Path,
            ["Knowledge:SyncOnStart"] = knowledgeDirectory is null ? "false" : "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = SportsBotHost.CreateBuilder(overrides, LogLevel.Warning, services =>
        {
            UseSharedModel(services);
            configure?.Invoke(services);
        });
        var host = builder.Build();
        await host.StartAsync();
        if (knowledgeDirectory is not null)
        {
            await host.Services.GetRequiredService<KnowledgeBootstrapper>().SyncAsync(null, CancellationToken.None);
        }

        return new TestHost(host, folder);
    }

    /// <summary>Replaces the model registration with the one loaded instance shared by all tests.</summary>
    public static void UseSharedModel(IServiceCollection services)
    {
        services.AddSingleton(SharedModel.Generator);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        _folder.Dispose();
    }
}
