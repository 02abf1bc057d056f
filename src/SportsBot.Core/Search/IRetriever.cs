namespace SportsBot.Core.Search;

public interface IRetriever
{
    Task<RetrievalResult> RetrieveAsync(string question, CancellationToken cancellationToken);
}
