using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>Writes an answer from retrieved passages. Implementations must cite only the passages given.</summary>
public interface IAnswerer
{
    Task<Answer> AnswerAsync(RetrievalResult retrieval, CancellationToken cancellationToken);
}
