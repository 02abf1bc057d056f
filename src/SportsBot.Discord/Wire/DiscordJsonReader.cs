using System.Globalization;
using System.Text.Json;
using SportsBot.Discord.Model;

namespace SportsBot.Discord.Wire;

/// <summary>
/// Discord's JSON (gateway dispatches and REST responses) read into the adapter's own records. The only place
/// that knows Discord's field names for what comes in; snowflakes and permissions arrive as strings.
/// </summary>
internal static class DiscordJsonReader
{
    /// <summary>The dispatches the adapter acts on; null for every other event type.</summary>
    public static DiscordEvent? Dispatch(string type, JsonElement d) => type switch
    {
        "READY" => Ready(d),
        "MESSAGE_CREATE" => new DiscordMessageCreated(Message(d)),
        "INTERACTION_CREATE" => Interaction(d) is { } interaction ? new DiscordInteractionCreated(interaction) : null,
        "GUILD_CREATE" or "GUILD_UPDATE" when !Bool(d, "unavailable") && d.TryGetProperty("roles", out _) => new DiscordGuildAvailable(Guild(d)),
        "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE" or "GUILD_ROLE_DELETE" => new DiscordGuildRolesChanged(Str(d, "guild_id")),
        _ => null,
    };

    public static DiscordReady Ready(JsonElement d) => new(
        Str(d, "session_id"),
        Str(d, "resume_gateway_url"),
        User(d.GetProperty("user")),
        d.TryGetProperty("application", out var app) ? Str(app, "id") : Str(d.GetProperty("user"), "id"));

    public static DiscordUser User(JsonElement u) => new(Str(u, "id"), OptStr(u, "username") ?? "unknown", OptStr(u, "global_name"), Bool(u, "bot"));

    public static DiscordMessage Message(JsonElement m) => new(
        Str(m, "id"),
        Str(m, "channel_id"),
        OptStr(m, "guild_id"),
        User(m.GetProperty("author")),
        m.TryGetProperty("member", out var member) ? Strings(member, "roles") : [],
        OptStr(m, "content") ?? string.Empty,
        m.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array
            ? [.. mentions.EnumerateArray().Select(u => Str(u, "id"))]
            : [],
        m.TryGetProperty("referenced_message", out var referenced) && referenced.ValueKind == JsonValueKind.Object ? Message(referenced) : null,
        m.TryGetProperty("attachments", out var files) && files.ValueKind == JsonValueKind.Array ? [.. files.EnumerateArray().Select(Attachment)] : [],
        OptStr(m, "webhook_id") is not null);

    /// <summary>A chat-input slash command (interaction type 2, command type 1); null for buttons, autocomplete and the rest.</summary>
    public static DiscordInteraction? Interaction(JsonElement i)
    {
        if (Int(i, "type") != 2 || !i.TryGetProperty("data", out var data) || (data.TryGetProperty("type", out var commandType) && commandType.GetInt32() != 1))
        {
            return null;
        }

        var hasMember = i.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object;
        var user = hasMember ? User(member.GetProperty("user")) : User(i.GetProperty("user"));
        ulong? permissions = hasMember && OptStr(member, "permissions") is { } p && ulong.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : null;
        var resolved = data.TryGetProperty("resolved", out var r) && r.TryGetProperty("attachments", out var a) ? a : default;
        return new DiscordInteraction(
            Str(i, "id"),
            Str(i, "token"),
            Str(i, "application_id"),
            OptStr(i, "channel_id") ?? (i.TryGetProperty("channel", out var channel) ? Str(channel, "id") : string.Empty),
            OptStr(i, "guild_id"),
            user,
            hasMember ? Strings(member, "roles") : [],
            permissions,
            Str(data, "name"),
            Options(data, resolved));
    }

    public static DiscordGuild Guild(JsonElement g) => new(
        Str(g, "id"),
        OptStr(g, "owner_id") ?? string.Empty,
        g.TryGetProperty("roles", out var roles) ? [.. roles.EnumerateArray().Select(Role)] : []);

    public static DiscordRole Role(JsonElement r) => new(
        Str(r, "id"),
        OptStr(r, "name") ?? string.Empty,
        ulong.TryParse(OptStr(r, "permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0);

    public static DiscordGatewayInfo GatewayInfo(JsonElement g) => new(Str(g, "url"), g.TryGetProperty("shards", out var s) ? s.GetInt32() : 1);

    public static string Id(JsonElement o) => Str(o, "id");

    /// <summary>A 429's wait: retry_after (seconds, fractional) and whether it holds for every route.</summary>
    public static (double? RetryAfter, bool Global) RateLimit(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            double? retryAfter = root.TryGetProperty("retry_after", out var ra) && ra.ValueKind == JsonValueKind.Number ? ra.GetDouble() : null;
            return (retryAfter, Bool(root, "global"));
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    /// <summary>An error body's code and message ({"code": 50013, "message": "Missing Permissions"}), when it has them.</summary>
    public static (int? Code, string? Message) Error(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? (root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null, OptStr(root, "message"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static IReadOnlyList<DiscordCommandOption> Options(JsonElement parent, JsonElement resolvedAttachments)
    {
        if (!parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. options.EnumerateArray().Select(o =>
        {
            var type = (DiscordOptionType)Int(o, "type");
            var hasValue = o.TryGetProperty("value", out var value);
            var text = !hasValue ? null : value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            DiscordAttachment? attachment = null;
            if (type == DiscordOptionType.Attachment && text is not null && resolvedAttachments.ValueKind == JsonValueKind.Object
                && resolvedAttachments.TryGetProperty(text, out var file))
            {
                attachment = Attachment(file);
                text = null;
            }

            return new DiscordCommandOption(Str(o, "name"), type, text, Options(o, resolvedAttachments), attachment);
        })];
    }

    private static DiscordAttachment Attachment(JsonElement a) => new(
        Str(a, "id"),
        OptStr(a, "filename") ?? "file",
        a.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number ? size.GetInt64() : 0,
        OptStr(a, "url") ?? string.Empty);

    private static IReadOnlyList<string> Strings(JsonElement o, string name) =>
        o.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.GetString()).OfType<string>()]
            : [];

    private static string Str(JsonElement o, string name) =>
        OptStr(o, name) ?? throw new JsonException($"Discord sent an object without '{name}'.");

    private static string? OptStr(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static bool Bool(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
