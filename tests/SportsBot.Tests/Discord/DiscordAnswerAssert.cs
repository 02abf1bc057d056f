using System.Text.RegularExpressions;
using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Discord;

/// <summary>
/// A Discord post shows an answer as a reader sees it: an embed whose description reads as the Core's answer text
/// (markdown escaped, so "[1]" shows as typed), one field per source, "[n] Title" over "Outlet, date", with a link
/// to the article when it has one, and no mention in it able to ping anyone.
/// </summary>
public static partial class DiscordAnswerAssert
{
    public static void Shows(ExpectedAnswer expected, DiscordPost post)
    {
        Assert.True(post.MentionsDisabled, post.Body.ToJsonString());
        Assert.Equal(expected.Text, AsRead(post.Description ?? string.Empty));
        Assert.Equal(expected.Citations.Select(c => $"[{c.N}] {c.Title}"), post.Fields.Select(f => AsRead(f.Name)));
        Assert.All(expected.Citations.Zip(post.Fields), pair =>
        {
            var (citation, field) = pair;
            Assert.StartsWith($"{citation.Source}, {DateText.Format(citation.Published)}", AsRead(field.Value), StringComparison.Ordinal);
            if (citation.Url is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                Assert.EndsWith($"]({url})", field.Value, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>Markdown as Discord shows it: an escaped character shows without its backslash.</summary>
    public static string AsRead(string markdown) => Escaped().Replace(markdown, "$1").Replace("@\u200B", "@", StringComparison.Ordinal);

    [GeneratedRegex(@"\\([\\*_~`|\[\]<>#+.\-])")]
    private static partial Regex Escaped();
}
