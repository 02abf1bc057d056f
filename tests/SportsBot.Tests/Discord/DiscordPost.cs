using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>A message the bot posted: in a channel, or as an interaction's original response (Kind "original") or follow-up.</summary>
/// <param name="Target">The channel id, or the interaction token.</param>
/// <param name="Kind">"message" in a channel; for an interaction "original", "followup", or "response" (the immediate reply to a button).</param>
public sealed record DiscordPost(string Target, string Kind, string MessageId, JsonObject Body, DateTimeOffset At)
{
    /// <summary>Only the person who used the interaction sees it.</summary>
    public bool Ephemeral { get; init; }

    /// <summary>The buttons under the message, as (label, custom id), row by row.</summary>
    public IReadOnlyList<(string Label, string CustomId)> Buttons =>
        [.. (Body["components"] as JsonArray ?? []).SelectMany(row => row?["components"] as JsonArray ?? [])
            .Select(b => (b!["label"]!.GetValue<string>(), b["custom_id"]!.GetValue<string>()))];

    public string Content => Body["content"]?.GetValue<string>() ?? string.Empty;

    public JsonArray Embeds => Body["embeds"] as JsonArray ?? [];

    public string? Description => Embeds.FirstOrDefault()?["description"]?.GetValue<string>();

    public IReadOnlyList<(string Name, string Value)> Fields =>
        [.. Embeds.SelectMany(e => e?["fields"] as JsonArray ?? []).Select(f => (f!["name"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];

    /// <summary>Content, embed descriptions and fields together, as a reader sees them.</summary>
    public string Text => string.Join("\n", new[] { Content }
        .Concat(Embeds.Select(e => e?["description"]?.GetValue<string>() ?? string.Empty))
        .Concat(Fields.Select(f => f.Name + "\n" + f.Value))
        .Where(t => t.Length > 0));

    public string? ReplyTo => Body["message_reference"]?["message_id"]?.GetValue<string>();

    /// <summary>True when the message said no mention may ping anyone: allowed_mentions {"parse": []} and nothing else allowed.</summary>
    public bool MentionsDisabled =>
        Body["allowed_mentions"] is JsonObject allowed
        && allowed["parse"] is JsonArray { Count: 0 }
        && allowed["users"] is null or JsonArray { Count: 0 }
        && allowed["roles"] is null or JsonArray { Count: 0 };
}
