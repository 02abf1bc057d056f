using Spectre.Console;
using SportsBot.Core.Knowledge;

namespace SportsBot.Cli;

/// <summary>Progress of long work: a bar on a terminal, plain lines when output is piped or logged.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliConsole console, TextWriter writer, string title, Func<IProgress<IngestProgress>, Task<T>> work)
    {
        if (!console.IsInteractive)
        {
            return await work(new InlineProgress(p => writer.WriteLine($"{title} [{p.Done + 1}/{p.Total}] {p.Current}")));
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        return await ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                ProgressTask? bar = null;
                return await work(new InlineProgress(p =>
                {
                    bar ??= ctx.AddTask(Markup.Escape(title), maxValue: Math.Max(1, p.Total));
                    bar.MaxValue = Math.Max(1, p.Total);
                    bar.Value = p.Done;
                    bar.Description = Markup.Escape($"{title}: {Path.GetFileName(p.Current)}");
                }));
            });
    }

    /// <summary>Unlike <see cref="Progress{T}"/>, reports on the caller's thread, so lines come out in order and at once.</summary>
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
