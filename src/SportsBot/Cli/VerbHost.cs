using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
            // Every options section is checked before the host starts: started, the host would log its own stack
            // trace of a bad setting before the one line the user needs.
            ValidateConfiguration(host.Services);
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

    /// <summary>Runs the ValidateOnStart checks; whatever they find comes out as one <see cref="OptionsValidationException"/>.</summary>
    private static void ValidateConfiguration(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException)
        {
            throw;
        }
        catch (Exception ex) when (ex is AggregateException or InvalidOperationException)
        {
            var failures = ex is AggregateException all
                ? all.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message])
                : [ex.Message];
            throw new OptionsValidationException(string.Empty, typeof(object), failures);
        }
    }
}
