using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>A person in the fake Discord, with the ids of the roles they hold in the test guild.</summary>
public sealed record DiscordTestUser(string Id, string Username, params string[] RoleIds)
{
    public JsonObject ToJson() => new() { ["id"] = Id, ["username"] = Username, ["global_name"] = Username, ["bot"] = false };

    /// <summary>The partial member Discord sends with guild messages, or with interactions when <paramref name="permissions"/> is given.</summary>
    public JsonObject MemberJson(ulong? permissions = null)
    {
        var member = new JsonObject { ["roles"] = new JsonArray([.. RoleIds.Select(r => (JsonNode)r)]), ["nick"] = null };
        if (permissions is { } p)
        {
            member["permissions"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            member["user"] = ToJson();
        }

        return member;
    }
}
