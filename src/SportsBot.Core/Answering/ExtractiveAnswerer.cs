using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Answers with the sources' own sentences: those that carry the asked-for kind of fact about the asked-for
/// subject (<see cref="EvidenceFinder"/>), put together newest first with their dates (<see cref="AnswerComposer"/>).
/// Needs no model beyond the embedder, so it is the default and the fallback of every other answerer.
/// </summary>
public sealed class ExtractiveAnswerer(EvidenceFinder finder, AnswerComposer composer) : IAnswerer
{
    public async Task<Answer> AnswerAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        var evidence = await finder.FindAsync(retrieval, cancellationToken);
        return composer.Compose(evidence, retrieval);
    }
}
