namespace SportsBot.Tests.Infrastructure;

/// <summary>Small article files for tests, in the formats moderators use.</summary>
public static class Articles
{
    public static string Markdown(string title, string published, string body, string? url = null, string source = "Test Gazette") =>
        $"""
        ---
        title: {title}
        published: {published}
        source: {source}
        {(url is null ? string.Empty : "url: " + url)}
        ---
        {body}
        """;

    public const string BanBody = """
        The International Ice Hockey Federation has suspended the national teams of Russia and Belarus from all of its competitions.

        The federation said the decision was taken to protect the safety of all players and officials taking part in its tournaments.

        Russian clubs will also be unable to take part in international club events organised by the federation this season.
        """;

    public const string ReturnBody = """
        The International Ice Hockey Federation has decided that Russian and Belarusian teams remain suspended, but individual players may again take part as neutrals in club events.

        The federation said the change applies from next season and follows a review of its earlier suspension.

        National teams of Russia and Belarus are still not allowed to enter world championships.
        """;
}
