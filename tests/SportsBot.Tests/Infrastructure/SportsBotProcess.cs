using System.Diagnostics;

namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// Runs the real <c>sportsbot</c> program as its own process, for what only a process shows: what it prints to
/// stderr from its host and logs (stack traces included), and two processes sharing one database file.
/// </summary>
public sealed record SportsBotProcess(int ExitCode, string Out, string Error)
{
    /// <summary>The program as built in its own project (same configuration and framework as the tests): its
    /// dependencies file describes that folder, not the test project's, whose framework set differs.</summary>
    private static string ProgramPath
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var repository = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(repository, "src", "SportsBot", "bin", output.Parent.Name, output.Name, "sportsbot.dll");
        }
    }

    public static async Task<SportsBotProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sportsbot {string.Join(' ', args)} did not finish within 3 minutes.");
        }

        return new SportsBotProcess(process.ExitCode, await stdout, await stderr);
    }
}
