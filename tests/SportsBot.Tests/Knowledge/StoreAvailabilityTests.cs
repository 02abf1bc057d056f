using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Cli;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Storage;
using SportsBot.Tests.Chat;
using SportsBot.Tests.Infrastructure;
using SQLite;

namespace SportsBot.Tests.Knowledge;

/// <summary>A database another program holds locked, or one this program may not write: a wait, then one line; never a stack trace.</summary>
public sealed class StoreAvailabilityTests : IDisposable
{
    private const string Question = "Is Russia suspended from ice hockey?";

    private readonly TempFolder _folder = new();

    public StoreAvailabilityTests()
    {
        _folder.Write("knowledge/ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        _folder.Write("in/review.md", Articles.Markdown("IIHF review", "2023-05-01", Articles.ReturnBody));
        _folder.Write("in/fencing.md", Articles.Markdown("Fencing federation readmits neutrals", "2023-03-10", FencingBody));
    }

    private const string FencingBody = """
        The International Fencing Federation voted to readmit Russian and Belarusian fencers as neutral athletes in its events.

        The vote at the extraordinary congress in Lausanne passed by a clear majority, the federation said on Friday.

        Ukraine's fencing federation said its athletes would not compete against fencers from Russia or Belarus.
        """;

    private string Db => _folder.File("kb.db");

    public void Dispose()
    {
        if (Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            Process.Start("chattr", ["-i", Db])?.WaitForExit();
        }

        _folder.Dispose();
    }

    /// <summary>The store filled by a first, ordinary run (the folder synced), then closed.</summary>
    private async Task IndexAsync() =>
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("ask", Question, "--db", Db, "--knowledge", _folder.File("knowledge"))).ExitCode);

    /// <summary>What another program does when it writes: takes the write lock and keeps it until it commits.</summary>
    private SQLiteConnection HoldWriteLock()
    {
        var other = new SQLiteConnection(Db);
        other.Execute("BEGIN IMMEDIATE");
        return other;
    }

    private Task<CliRun> IngestAsync(int busyTimeoutSeconds)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), stdout, stderr, IsInteractive: false);
        return SportsBotCli.RunAsync(["ingest", _folder.File("in"), "--db", Db], console, services =>
            {
                TestHost.UseSharedModel(services);
                services.PostConfigure<StorageOptions>(o => o.BusyTimeoutSeconds = busyTimeoutSeconds);
            }, CancellationToken.None)
            .ContinueWith(t => new CliRun(t.Result, stdout.ToString(), stderr.ToString()), TaskScheduler.Default);
    }

    [Fact]
    public async Task Ingest_waits_for_another_programs_write_lock_and_then_stops_with_one_line()
    {
        await IndexAsync();
        using var other = HoldWriteLock();

        var run = await IngestAsync(busyTimeoutSeconds: 1);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"The knowledge base {Db} is locked by another program (waited 1 s); try again once it has finished.", run.Error.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Contains("stopped, 0 of 2 ingested.", run.Out);
    }

    [Fact]
    public async Task Ingest_that_gets_the_lock_within_the_busy_timeout_just_waits_and_succeeds()
    {
        await IndexAsync();
        var other = HoldWriteLock();
        _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => other.Dispose(), TaskScheduler.Default);

        var run = await IngestAsync(busyTimeoutSeconds: 30);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("2 of 2 ingested.", run.Out);
    }

    [Fact]
    public async Task Kb_add_in_chat_while_another_program_holds_the_write_lock_says_try_again_and_works_once_it_is_free()
    {
        await using var host = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Storage:BusyTimeoutSeconds"] = "1" });
        var chat = new ChatScript(host.Get<ChatService>());
        var moderator = ChatScript.Admin("mod");
        const string Add = "/kb add Fencing federation readmits neutrals\n" + FencingBody;

        using (var other = new SQLiteConnection(host.DatabasePath))
        {
            other.Execute("BEGIN IMMEDIATE");
            Assert.Equal(
                "The knowledge base is busy with another program's changes, so nothing was changed. Please try again in a minute.",
                await chat.AskAsync(moderator, Add));
        }

        Assert.Equal(0, await host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
        Assert.StartsWith("Added \"Fencing federation readmits neutrals\"", await chat.AskAsync(moderator, Add));
    }

    [Fact]
    public async Task Ask_while_another_program_holds_the_write_lock_answers_with_no_stack_trace()
    {
        await IndexAsync();
        using var other = HoldWriteLock();

        var run = await SportsBotProcess.RunAsync(_folder.Path, new Dictionary<string, string> { ["Storage__BusyTimeoutSeconds"] = "1" }, "ask", Question, "--db", Db, "--knowledge", _folder.File("knowledge"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("International Ice Hockey Federation", run.Out);
        Assert.DoesNotContain("   at ", run.Error);
        var warning = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is locked by another program (waited 1 s)", warning);
    }

    [Fact]
    public async Task A_read_only_database_still_answers_with_one_warning_and_no_stack_trace()
    {
        await IndexAsync();
        MakeReadOnly(Db);

        var run = await SportsBotProcess.RunAsync(_folder.Path, null, "ask", Question, "--db", Db, "--knowledge", _folder.File("knowledge"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("International Ice Hockey Federation", run.Out);
        Assert.DoesNotContain("   at ", run.Error);
        var warning = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is read-only: answering from it", warning);
    }

    [Fact]
    public async Task A_read_only_database_from_before_stored_sentence_vectors_still_answers()
    {
        await IndexAsync();
        using (var older = new SQLiteConnection(Db))
        {
            // As a version before stored sentence vectors and the vector file left it.
            older.Execute("DROP TRIGGER chunks_removed");
            older.Execute("DROP TABLE chunk_removals");
            older.Execute("DROP TABLE sentence_vectors");
        }

        File.Delete(Db + ".vectors");
        MakeReadOnly(Db);

        var run = await CliRun.RunAsync("ask", Question, "--db", Db, "--knowledge", _folder.File("knowledge"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("International Ice Hockey Federation", run.Out);
    }

    /// <summary>A file this program may not write: permissions for a user; for root, who ignores them, the immutable attribute.</summary>
    private static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
            return;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            return;
        }

        using var chattr = Process.Start("chattr", ["+i", path])!;
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, "root needs chattr +i (CAP_LINUX_IMMUTABLE) to make a file it cannot write");
    }
}
