using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SportsBot.Tests.Infrastructure;

/// <summary>One request the <see cref="FakeOpenAiServer"/> received.</summary>
public sealed partial record FakeRequest(string Path, string? Authorization, JsonObject Body)
{
    /// <summary>The chat messages as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Body["messages"] is JsonArray messages
            ? [.. messages.Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m["content"])))]
            : [];

    public string Text(string role) => string.Join("\n", Messages.Where(m => m.Role == role).Select(m => m.Content));

    /// <summary>The numbered sources an answer request fenced for the model, as (number, fenced text).</summary>
    public IReadOnlyList<(int N, string Text)> Sources =>
        [.. SourceBlock().Matches(Text("user")).Select(m => (int.Parse(m.Groups[1].Value), m.Groups[2].Value))];

    /// <summary>Numbers of the sources whose fenced text contains <paramref name="words"/>, in order.</summary>
    public IEnumerable<int> SourcesSaying(string words) => Sources.Where(s => s.Text.Contains(words, StringComparison.Ordinal)).Select(s => s.N);

    [GeneratedRegex("<source n=\"(\\d+)\">(.*?)</source>", RegexOptions.Singleline)]
    private static partial Regex SourceBlock();

    /// <summary>Content is a string, or a list of parts of which the text ones count.</summary>
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? string.Empty)),
        _ => string.Empty,
    };
}
