using System.Text.Json.Nodes;

namespace SportsBot.Tests.Telegram;

/// <summary>A person in the fake Bot API.</summary>
public sealed record TelegramUser(long Id, string FirstName, string? Username = null)
{
    public JsonObject ToJson()
    {
        var user = new JsonObject { ["id"] = Id, ["is_bot"] = false, ["first_name"] = FirstName };
        if (Username is not null)
        {
            user["username"] = Username;
        }

        return user;
    }
}
