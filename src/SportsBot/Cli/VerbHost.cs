using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SportsBot.Hosting;

namespace SportsBot.Cli;

/// <summary>What every verb does first: turn options into configuration, build and start the host, sync the knowledge folder.</summary>
public sealed class VerbHost(CommonOptions common, CliConsole console, Action<IServiceCollection>? configureServices)
{
    public CliConsole Console => console;

    public async Task<IHost> StartAsync(ParseResult parse, LogLevel logLevel, bool syncKnowledge, CancellationToken cancellationToken, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = SportsBotHost.CreateBuilder(common.ToConfiguration(parse), logLevel, configureServices);
        configure?.Invoke(builder);
        var host = builder.Build();
        try
        {
            // Starting validates every options section (ValidateOnStart) before any work is done.
            await host.StartAsync(cancellationToken);
            if (syncKnowledge)
            {
                var bootstrapper = host.Services.GetRequiredService<KnowledgeBootstrapper>();
                await ProgressDisplay.RunAsync(console, console.Error, "Indexing knowledge", p => bootstrapper.SyncAsync(p, cancellationToken));
            }

            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
