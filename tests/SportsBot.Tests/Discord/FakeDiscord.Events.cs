using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>What users do in the fake Discord: messages and slash commands, sent to the bot as gateway events.</summary>
public sealed partial class FakeDiscord
{
    /// <summary>A user's message in a channel, as a MESSAGE_CREATE event; returns its id.</summary>
    /// <param name="guildId">Null for a DM.</param>
    /// <param name="replyTo">A message it replies to: (id, author id, text).</param>
    public async Task<string> SendMessageAsync(string channelId, string? guildId, DiscordTestUser author, string content, (string Id, string AuthorId, string Text)? replyTo = null, (string Name, byte[] Bytes)? file = null)
    {
        var id = NextId();
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = author.ToJson(),
            ["content"] = content,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["type"] = replyTo is null ? 0 : 19,
            ["mentions"] = content.Contains($"<@{BotId}>", StringComparison.Ordinal) ? new JsonArray(BotJson()) : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["attachments"] = file is { } f ? new JsonArray(Attachment(f.Name, f.Bytes)) : new JsonArray(),
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
            message["member"] = author.MemberJson();
        }

        if (replyTo is { } r)
        {
            message["message_reference"] = new JsonObject { ["message_id"] = r.Id, ["channel_id"] = channelId };
            message["referenced_message"] = new JsonObject
            {
                ["id"] = r.Id,
                ["channel_id"] = channelId,
                ["author"] = r.AuthorId == BotId ? BotJson() : new DiscordTestUser(r.AuthorId, "Someone").ToJson(),
                ["content"] = r.Text,
                ["attachments"] = new JsonArray(),
            };
        }

        await Gateway.DispatchAsync("MESSAGE_CREATE", message);
        return id;
    }

    /// <summary>A slash command invoked by <paramref name="user"/>, as an INTERACTION_CREATE event; returns the interaction token.</summary>
    /// <param name="options">The options as Discord sends them (subcommands nesting their own).</param>
    /// <param name="permissions">The member's permissions in the channel; ignored in a DM (<paramref name="guildId"/> null).</param>
    public async Task<string> InvokeAsync(string channelId, string? guildId, DiscordTestUser user, ulong permissions, string command, JsonArray? options = null, (string Name, byte[] Bytes)? file = null)
    {
        var id = NextId();
        var token = $"interaction-token-{id}";
        var data = new JsonObject { ["id"] = NextId(), ["name"] = command, ["type"] = 1, ["options"] = options ?? [] };
        if (file is { } f)
        {
            // The option holds the attachment's id (in the subcommand, if there is one); the file itself is in "resolved".
            var attachment = Attachment(f.Name, f.Bytes);
            var attachmentId = attachment["id"]!.GetValue<string>();
            var holder = data["options"]!.AsArray().FirstOrDefault(o => o?["type"]?.GetValue<int>() == 1)?["options"]?.AsArray() ?? data["options"]!.AsArray();
            holder.Add(new JsonObject { ["name"] = "file", ["type"] = 11, ["value"] = attachmentId });
            data["resolved"] = new JsonObject { ["attachments"] = new JsonObject { [attachmentId] = attachment } };
        }

        await DispatchInteractionAsync(2, id, token, data, channelId, guildId, user, permissions);
        return token;
    }

    /// <summary>A press of a button under one of the bot's messages (interaction type 3); returns the interaction token.</summary>
    public async Task<string> PressAsync(string channelId, string? guildId, DiscordTestUser user, ulong permissions, string messageId, string customId)
    {
        var id = NextId();
        var token = $"interaction-token-{id}";
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        await DispatchInteractionAsync(3, id, token, data, channelId, guildId, user, permissions, messageId);
        return token;
    }

    /// <summary>A form opened by a button under <paramref name="messageId"/>, submitted with one line (interaction type 5).</summary>
    public async Task<string> SubmitFormAsync(string channelId, string? guildId, DiscordTestUser user, ulong permissions, string messageId, string customId, string value)
    {
        var id = NextId();
        var token = $"interaction-token-{id}";
        var data = new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = "line", ["value"] = value }),
            }),
        };
        await DispatchInteractionAsync(5, id, token, data, channelId, guildId, user, permissions, messageId);
        return token;
    }

    /// <summary>Someone typing <paramref name="typed"/> into an autocomplete option of a subcommand (interaction type 4).</summary>
    public async Task<string> AutocompleteAsync(string channelId, string? guildId, DiscordTestUser user, ulong permissions, string command, string subcommand, string option, string typed)
    {
        var id = NextId();
        var token = $"interaction-token-{id}";
        var data = new JsonObject
        {
            ["id"] = NextId(),
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["name"] = subcommand,
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
            }),
        };
        await DispatchInteractionAsync(4, id, token, data, channelId, guildId, user, permissions);
        return token;
    }

    private async Task DispatchInteractionAsync(int type, string id, string token, JsonObject data, string channelId, string? guildId, DiscordTestUser user, ulong permissions, string? messageId = null)
    {
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = channelId,
            ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = guildId is null ? 1 : 0 },
            ["token"] = token,
            ["version"] = 1,
            ["locale"] = "en-GB",
        };
        if (guildId is null)
        {
            interaction["user"] = user.ToJson();
        }
        else
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = user.MemberJson(permissions);
        }

        if (messageId is not null)
        {
            interaction["message"] = new JsonObject { ["id"] = messageId, ["channel_id"] = channelId, ["author"] = BotJson(), ["content"] = string.Empty };
        }

        await Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
    }

    private JsonObject Attachment(string name, byte[] bytes)
    {
        var id = NextId();
        lock (_gate)
        {
            _files[id] = bytes;
        }

        return new JsonObject { ["id"] = id, ["filename"] = name, ["size"] = bytes.Length, ["url"] = $"{BaseUrl}/cdn/{id}/{name}" };
    }
}
