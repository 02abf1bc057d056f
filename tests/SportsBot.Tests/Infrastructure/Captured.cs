using System.Text.RegularExpressions;

namespace SportsBot.Tests.Infrastructure;

/// <summary>Asserts that text matches a pattern and returns its first group: "#42" out of "Added … as #42".</summary>
public static class Captured
{
    public static string From(string pattern, string text)
    {
        var match = Regex.Match(text, pattern);
        Assert.True(match.Success, $"'{text}' does not match {pattern}");
        return match.Groups[1].Value;
    }
}
