namespace SportsBot.Tests.Telegram;

[CollectionDefinition(Name)]
public sealed class TelegramCollection : ICollectionFixture<TelegramBotFixture>
{
    public const string Name = "Telegram";
}
