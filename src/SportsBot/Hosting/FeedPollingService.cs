using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Feeds;
using SportsBot.Core.Knowledge;

namespace SportsBot.Hosting;

/// <summary>Polls every subscribed feed on an interval. A failed cycle is logged and the next one runs as usual.</summary>
public sealed class FeedPollingService(IServiceProvider services, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.FeedPollMinutes), time);
        do
        {
            try
            {
                var reports = await services.GetRequiredService<FeedService>().PollAllAsync(stoppingToken);
                foreach (var report in reports.Where(r => r.Added > 0 || r.Error is not null))
                {
                    logger.LogInformation("Feed poll: {Report}", report);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Feed poll cycle failed; trying again in {Minutes} minutes", options.Value.FeedPollMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
