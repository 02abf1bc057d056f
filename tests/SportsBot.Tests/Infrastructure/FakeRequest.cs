using System.Text.Json.Nodes;

namespace SportsBot.Tests.Infrastructure;

/// <summary>One request the <see cref="FakeOpenAiServer"/> received.</summary>
public sealed record FakeRequest(string Path, string? Authorization, JsonObject Body)
{
    /// <summary>The chat messages as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Body["messages"] is JsonArray messages
            ? [.. messages.Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m["content"])))]
            : [];

    public string Text(string role) => string.Join("\n", Messages.Where(m => m.Role == role).Select(m => m.Content));

    /// <summary>Content is a string, or a list of parts of which the text ones count.</summary>
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? string.Empty)),
        _ => string.Empty,
    };
}
