namespace SportsBot.Core.Knowledge;

public enum ArticleFormat
{
    Markdown,
    PlainText,
    Html,
}
