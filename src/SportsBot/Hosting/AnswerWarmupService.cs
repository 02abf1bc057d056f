using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Answering;

namespace SportsBot.Hosting;

/// <summary>
/// Once the knowledge folder is synced, asks the <see cref="AnswerWarmup"/> questions in the background, so the first
/// fans after a restart do not wait for the answer rules to be compiled. Questions are answered meanwhile as usual.
/// </summary>
public sealed class AnswerWarmupService(KnowledgeBootstrapper bootstrapper, AnswerWarmup warmup, ILogger<AnswerWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bootstrapper.Synced.WaitAsync(stoppingToken);
        var clock = Stopwatch.StartNew();
        var answered = await warmup.WarmAsync(stoppingToken);
        logger.LogInformation("Answer rules warmed up: {Answered} of {Count} questions in {ElapsedMs} ms", answered, AnswerWarmup.Questions.Count, clock.ElapsedMilliseconds);
    }
}
