namespace SportsBot.Core.Knowledge;

/// <summary>Which articles answers lean on, so moderators can see where newer coverage is needed.</summary>
public interface ICitationLog
{
    Task RecordAsync(IReadOnlyCollection<ArticleId> articles, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<CitationStat>> ListAsync(CancellationToken cancellationToken);
}
