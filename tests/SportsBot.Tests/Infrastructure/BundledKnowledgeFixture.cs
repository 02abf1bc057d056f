namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// The bundled knowledge/ folder indexed once into a real SQLite file, shared by every test in the
/// <see cref="BundledKnowledgeCollection"/>: indexing takes seconds, asking takes milliseconds.
/// </summary>
public sealed class BundledKnowledgeFixture : IAsyncLifetime
{
    private TestHost? _host;

    public static string KnowledgeDirectory => Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>
    /// Copies the bundled stories into a corpus of its own: among them retrieval weighs a few new stories as it would
    /// in use, where a handful alone ranks them otherwise.
    /// </summary>
    public static void CopyInto(TempFolder folder)
    {
        foreach (var bundled in Directory.EnumerateFiles(KnowledgeDirectory, "*.md"))
        {
            File.Copy(bundled, Path.Combine(folder.Path, Path.GetFileName(bundled)));
        }
    }

    public TestHost Host => _host ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(KnowledgeDirectory);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
