namespace SportsBot.Core.Chat;

/// <summary>What a user may do with the bot in a channel; each role includes the ones before it.</summary>
public enum ChatRole
{
    Member = 0,
    Moderator = 1,
    Admin = 2,
}
