using System.Text.Json.Nodes;
using SportsBot.Discord.Commands;
using SportsBot.Discord.Model;

namespace SportsBot.Discord.Wire;

/// <summary>The adapter's records written as the JSON Discord expects: messages, slash commands, gateway payloads.</summary>
internal static class DiscordJsonWriter
{
    /// <summary>Discord's EPHEMERAL message flag: only the person who used the interaction sees the message.</summary>
    public const int Ephemeral = 64;

    /// <summary>A message body. Mentions never ping: allowed_mentions parse is empty on every message, replies included.</summary>
    public static JsonObject Message(DiscordOutgoingMessage message)
    {
        var body = new JsonObject
        {
            ["content"] = message.Content ?? string.Empty,
            ["embeds"] = new JsonArray([.. message.Embeds.Select(Embed)]),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (message.ReplyToMessageId is { } replyTo)
        {
            // A question deleted meanwhile should still get its answer, just not as a reply.
            body["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["fail_if_not_exists"] = false };
        }

        if (message.Buttons.Count > 0)
        {
            body["components"] = new JsonArray([.. message.Buttons.Chunk(5).Take(5).Select(row => (JsonNode)new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray([.. row.Select(b => (JsonNode)new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = b.Label, ["custom_id"] = b.CustomId })]),
            })]);
        }

        if (message.Ephemeral)
        {
            body["flags"] = Ephemeral;
        }

        return body;
    }

    /// <summary>"Thinking…" (type 5), shown to everyone or, for a private reply, to the user alone.</summary>
    public static JsonObject DeferredResponse(bool ephemeral) =>
        ephemeral ? new() { ["type"] = 5, ["data"] = new JsonObject { ["flags"] = Ephemeral } } : new() { ["type"] = 5 };

    /// <summary>A message as the immediate response to an interaction (type 4).</summary>
    public static JsonObject MessageResponse(DiscordOutgoingMessage message) => new() { ["type"] = 4, ["data"] = Message(message) };

    /// <summary>A button press acknowledged without any visible change (type 6).</summary>
    public static JsonObject DeferredUpdate() => new() { ["type"] = 6 };

    public static JsonObject AutocompleteResponse(IReadOnlyList<DiscordChoice> choices) => new()
    {
        ["type"] = 8,
        ["data"] = new JsonObject { ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = c.Value })]) },
    };

    /// <summary>A form with one short, optional text input (type 9).</summary>
    public static JsonObject ModalResponse(DiscordModal modal) => new()
    {
        ["type"] = 9,
        ["data"] = new JsonObject
        {
            ["custom_id"] = modal.CustomId,
            ["title"] = modal.Title,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = 4,
                    ["custom_id"] = "line",
                    ["style"] = 1,
                    ["label"] = modal.Label,
                    ["placeholder"] = modal.Placeholder,
                    ["required"] = false,
                    ["max_length"] = modal.MaxLength,
                }),
            }),
        },
    };

    public static JsonArray Commands(IReadOnlyList<DiscordSlashCommand> commands) =>
        new([.. commands.Select(c =>
        {
            var json = new JsonObject
            {
                ["name"] = c.Name,
                ["description"] = c.Description,
                ["type"] = 1,
                ["options"] = new JsonArray([.. c.Options.Select(Option)]),
            };
            if (c.DefaultMemberPermissions is { } permissions)
            {
                // A permission bit set, as a string; Discord hides the command from members without it (server admins can override).
                json["default_member_permissions"] = permissions.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return (JsonNode)json;
        })]);

    /// <summary>IDENTIFY (op 2).</summary>
    public static JsonObject Identify(string token, int intents, int shardId, int shardCount) => Payload(2, new JsonObject
    {
        ["token"] = token,
        ["intents"] = intents,
        ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "sportsbot", ["device"] = "sportsbot" },
        ["shard"] = new JsonArray(shardId, shardCount),
    });

    /// <summary>RESUME (op 6).</summary>
    public static JsonObject Resume(string token, string sessionId, long? sequence) => Payload(6, new JsonObject
    {
        ["token"] = token,
        ["session_id"] = sessionId,
        ["seq"] = sequence,
    });

    /// <summary>HEARTBEAT (op 1) with the last sequence number received, null before any.</summary>
    public static JsonObject Heartbeat(long? sequence) => Payload(1, sequence is { } s ? JsonValue.Create(s) : null);

    private static JsonObject Payload(int op, JsonNode? data) => new() { ["op"] = op, ["d"] = data };

    private static JsonNode Embed(DiscordEmbed embed)
    {
        var json = new JsonObject();
        if (embed.Title is { } title)
        {
            json["title"] = title;
        }

        if (embed.Description is { } description)
        {
            json["description"] = description;
        }

        if (embed.Color is { } color)
        {
            json["color"] = color;
        }

        if (embed.Fields.Count > 0)
        {
            json["fields"] = new JsonArray([.. embed.Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["value"] = f.Value, ["inline"] = false })]);
        }

        return json;
    }

    private static JsonNode Option(DiscordSlashOption option)
    {
        var json = new JsonObject
        {
            ["type"] = (int)option.Type,
            ["name"] = option.Name,
            ["description"] = option.Description,
        };
        if (option.Type == DiscordOptionType.SubCommand)
        {
            json["options"] = new JsonArray([.. option.SubOptions.Select(Option)]);
            return json;
        }

        json["required"] = option.Required;
        if (option.Choices is { Count: > 0 } choices)
        {
            json["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c })]);
        }

        if (option.MinValue is { } min)
        {
            json["min_value"] = min;
        }

        if (option.Autocomplete)
        {
            json["autocomplete"] = true;
        }

        return json;
    }
}
