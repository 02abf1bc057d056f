namespace SportsBot.Tests.ConsoleChat;

[CollectionDefinition(Name)]
public sealed class ConsoleChatCollection : ICollectionFixture<ConsoleChatFixture>
{
    public const string Name = "Console chat";
}
