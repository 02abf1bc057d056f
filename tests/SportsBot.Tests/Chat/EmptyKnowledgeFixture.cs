using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

/// <summary>A host on an empty store, so tests that add and remove articles never disturb the bundled one.</summary>
public sealed class EmptyKnowledgeFixture : IAsyncLifetime
{
    private TestHost? _host;

    public TestHost Host => _host ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(knowledgeDirectory: null);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
