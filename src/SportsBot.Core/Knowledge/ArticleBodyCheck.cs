namespace SportsBot.Core.Knowledge;

/// <summary>What makes a draft an article the bot can answer from: enough words of text under a real title.</summary>
public static class ArticleBodyCheck
{
    /// <summary>Below this, a "body" is a headline or a link, not something we can answer from.</summary>
    public const int MinimumWords = 15;

    /// <summary>Longer than this, the "title" is a paragraph that lost its line break.</summary>
    public const int MaximumTitleLength = 300;

    /// <summary>The draft's body, normalised; throws <see cref="InvalidArticleException"/> with a reason for the moderator.</summary>
    public static string Body(ArticleDraft draft)
    {
        var body = TextNormalizer.Normalize(draft.Body);
        var wordCount = body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (wordCount < MinimumWords)
        {
            throw new InvalidArticleException($"\"{Shortened(draft.Title)}\" has only {wordCount} words of text; an article needs at least {MinimumWords}.");
        }

        if (draft.Title.Length > MaximumTitleLength)
        {
            throw new InvalidArticleException($"The title is longer than {MaximumTitleLength} characters; is the first line really a title?");
        }

        return body;
    }

    private static string Shortened(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
