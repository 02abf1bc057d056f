using SportsBot.Core.Answering;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Articles to offer while a moderator types an id (Discord autocomplete): titles containing the words typed, or
/// the number typed, newest first, each as "#42 — Title (8 December 2023)" cut to the platform's length.
/// </summary>
public sealed class ArticleSuggestions(IArticleDirectory directory)
{
    public async Task<IReadOnlyList<ArticleSuggestion>> SuggestAsync(string typed, int max, int maxLength, CancellationToken cancellationToken)
    {
        var matches = await directory.FindByTitleAsync(typed.Trim(), max, cancellationToken);
        return [.. matches.Select(m => new ArticleSuggestion(Label(m, maxLength), m.Number.ToString()))];
    }

    private static string Label(ArticleTitleMatch match, int maxLength)
    {
        var head = $"{match.Number} — ";
        var tail = $" ({DateText.Format(match.Published)})";
        var room = maxLength - head.Length - tail.Length;
        var title = match.Title.Length <= room ? match.Title : match.Title[..Math.Max(0, room - 1)].TrimEnd() + "…";
        var label = head + title + tail;
        return label.Length <= maxLength ? label : label[..maxLength];
    }
}
