namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// The bundled knowledge/ folder indexed once into a real SQLite file, shared by every test in the
/// <see cref="BundledKnowledgeCollection"/>: indexing takes seconds, asking takes milliseconds.
/// </summary>
public sealed class BundledKnowledgeFixture : IAsyncLifetime
{
    private TestHost? _host;

    public static string KnowledgeDirectory => Path.Combine(AppContext.BaseDirectory, "knowledge");

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
