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
        "INTERACTION_CREATE" => InteractionEvent(d),
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

    /// <summary>A chat-input slash command (interaction type 2, command type 1); null for anything else.</summary>
    public static DiscordInteraction? Interaction(JsonElement i)
    {
        if (Int(i, "type") != 2 || !i.TryGetProperty("data", out var data) || (data.TryGetProperty("type", out var commandType) && commandType.GetInt32() != 1))
        {
            return null;
        }

        var (user, roles, permissions) = Invoker(i);
        var resolved = data.TryGetProperty("resolved", out var r) && r.TryGetProperty("attachments", out var a) ? a : default;
        return new DiscordInteraction(
            Str(i, "id"),
            Str(i, "token"),
            Str(i, "application_id"),
            ChannelId(i),
            OptStr(i, "guild_id"),
            user,
            roles,
            permissions,
            Str(data, "name"),
            Options(data, resolved));
    }

    /// <summary>A button press (type 3) or a submitted form (type 5), with the message it came from and the line typed.</summary>
    public static DiscordComponentPress ComponentPress(JsonElement i)
    {
        var data = i.GetProperty("data");
        var (user, roles, permissions) = Invoker(i);
        var isModal = Int(i, "type") == 5;
        return new DiscordComponentPress(
            Str(i, "id"),
            Str(i, "token"),
            Str(i, "application_id"),
            ChannelId(i),
            OptStr(i, "guild_id"),
            user,
            roles,
            permissions,
            Str(data, "custom_id"),
            i.TryGetProperty("message", out var message) ? OptStr(message, "id") : null,
            isModal,
            isModal ? TextInputs(data).FirstOrDefault() : null);
    }

    /// <summary>What someone typed so far into an autocomplete option; null when no option is focused.</summary>
    public static DiscordAutocomplete? Autocomplete(JsonElement i)
    {
        var data = i.GetProperty("data");
        var options = data.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Array ? o : default;
        string? subcommand = null;
        if (options.ValueKind == JsonValueKind.Array && options.EnumerateArray().FirstOrDefault(x => Int(x, "type") == 1) is { ValueKind: JsonValueKind.Object } sub)
        {
            subcommand = OptStr(sub, "name");
            options = sub.TryGetProperty("options", out var inner) ? inner : default;
        }

        if (options.ValueKind != JsonValueKind.Array || options.EnumerateArray().FirstOrDefault(x => Bool(x, "focused")) is not { ValueKind: JsonValueKind.Object } focused)
        {
            return null;
        }

        var typed = focused.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
        return new DiscordAutocomplete(Str(i, "id"), Str(i, "token"), Str(data, "name"), subcommand, Str(focused, "name"), typed ?? string.Empty);
    }

    private static DiscordEvent? InteractionEvent(JsonElement i) => Int(i, "type") switch
    {
        2 => Interaction(i) is { } command ? new DiscordInteractionCreated(command) : null,
        3 or 5 when i.TryGetProperty("data", out _) => new DiscordComponentPressed(ComponentPress(i)),
        4 when i.TryGetProperty("data", out _) => Autocomplete(i) is { } request ? new DiscordAutocompleteRequested(request) : null,
        _ => null,
    };

    /// <summary>Who used the interaction: in a guild the member (with roles and the permissions Discord computed), in a DM the user.</summary>
    private static (DiscordUser User, IReadOnlyList<string> Roles, ulong? Permissions) Invoker(JsonElement i)
    {
        var hasMember = i.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object;
        var user = hasMember ? User(member.GetProperty("user")) : User(i.GetProperty("user"));
        ulong? permissions = hasMember && OptStr(member, "permissions") is { } p && ulong.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : null;
        return (user, hasMember ? Strings(member, "roles") : [], permissions);
    }

    private static string ChannelId(JsonElement i) =>
        OptStr(i, "channel_id") ?? (i.TryGetProperty("channel", out var channel) ? Str(channel, "id") : string.Empty);

    /// <summary>The values of a submitted form's text inputs, in order (inside action rows, or inside labels).</summary>
    private static IEnumerable<string> TextInputs(JsonElement data)
    {
        if (!data.TryGetProperty("components", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var row in rows.EnumerateArray())
        {
            var inputs = row.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array
                ? children.EnumerateArray().ToList()
                : row.TryGetProperty("component", out var child) ? [child] : [];
            foreach (var input in inputs)
            {
                if (OptStr(input, "value") is { } value)
                {
                    yield return value;
                }
            }
        }
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
