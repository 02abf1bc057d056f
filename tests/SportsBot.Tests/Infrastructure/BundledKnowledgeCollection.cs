namespace SportsBot.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BundledKnowledgeCollection : ICollectionFixture<BundledKnowledgeFixture>
{
    public const string Name = "Bundled knowledge";
}
