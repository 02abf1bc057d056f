namespace SportsBot.Tests.Discord;

[CollectionDefinition(Name)]
public sealed class DiscordCollection : ICollectionFixture<DiscordBotFixture>
{
    public const string Name = "Discord";
}
