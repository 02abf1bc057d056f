using SportsBot.Core.Answering;

namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// A class fixture: a few articles written to a temp folder and indexed once by a real host, for tests that need
/// a corpus of their own rather than the bundled knowledge.
/// </summary>
public abstract class ArticleCorpus : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public TestHost Host { get; private set; } = null!;

    /// <summary>The answer a user asking <paramref name="question"/> would get from this corpus.</summary>
    public async Task<Answer> AskAsync(string question) =>
        (await Host.Get<AnswerService>().AskAsync(question, CancellationToken.None)).Answer;

    public async Task InitializeAsync()
    {
        Write(_folder);
        Host = await TestHost.StartAsync(_folder.Path);
        await AfterIndexingAsync(Host);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Writes the corpus's article files into <paramref name="folder"/>.</summary>
    protected abstract void Write(TempFolder folder);

    /// <summary>What happens once the folder is indexed (an article added the way a moderator adds one).</summary>
    protected virtual Task AfterIndexingAsync(TestHost host) => Task.CompletedTask;
}
