namespace SportsBot.Core.Chat;

/// <summary>What the platform itself says about a user: a chat administrator or owner, or anyone else.</summary>
public enum PlatformRole
{
    Member,
    Admin,
}
