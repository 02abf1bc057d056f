using System.Diagnostics;
using System.Globalization;

namespace SportsBot.Evaluation;

/// <summary>
/// The peak resident memory of a bot started on a store in a process of its own, answering one question with
/// <c>ask</c>. The bench's own process cannot tell this: it has ingested, compared the model alone and filled the
/// store before it answers, and the native memory those phases took is not all given back to the OS.
/// </summary>
internal static class BotProcessPeak
{
    /// <returns>Bytes, or null where the OS does not show another process's peak (only Linux does, in /proc).</returns>
    public static async Task<long?> MeasureAsync(string db, string question, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // The published app runs as itself; under `dotnet run`, `dotnet sportsbot.dll` or a test host, through dotnet.
        var self = Environment.ProcessPath;
        var start = Path.GetFileNameWithoutExtension(self) == "sportsbot"
            ? new ProcessStartInfo(self!)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? (Path.GetFileNameWithoutExtension(self) == "dotnet" ? self! : "dotnet"))
            {
                ArgumentList = { typeof(BotProcessPeak).Assembly.Location },
            };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var argument in new[] { "ask", question, "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        // The store as the bench left it: no bundled folder synced into it first.
        start.Environment["Knowledge__SyncOnStart"] = "false";
        using var bot = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = bot.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = bot.StandardError.ReadToEndAsync(cancellationToken);

        // VmHWM only grows, so the last reading before the process ends is its peak.
        long? peak = null;
        try
        {
            while (!bot.HasExited)
            {
                peak = ReadPeak(bot.Id) ?? peak;
                await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
            }

            await bot.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            bot.Kill(entireProcessTree: true);
            throw;
        }

        await output;
        return bot.ExitCode == 0 ? peak
            : throw new InvalidOperationException($"ask on the bench store failed ({bot.ExitCode}): {(await errors).Trim()}");
    }

    private static long? ReadPeak(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process ended between the check and the read.
            return null;
        }
    }
}
