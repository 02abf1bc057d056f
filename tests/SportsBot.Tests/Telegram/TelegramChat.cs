using System.Text.Json.Nodes;

namespace SportsBot.Tests.Telegram;

/// <summary>A chat in the fake Bot API: a group (negative id) or a private chat (the user's id).</summary>
public sealed record TelegramChat(long Id, string Type, string? Title = null)
{
    public static TelegramChat Group(long id) => new(-Math.Abs(id), "supergroup", $"Fans {id}");

    public static TelegramChat Private(TelegramUser user) => new(user.Id, "private");

    public JsonObject ToJson()
    {
        var chat = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null)
        {
            chat["title"] = Title;
        }

        return chat;
    }
}
