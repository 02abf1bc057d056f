using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// The name that resolves a description must be a person's, whom the story names in full: "What did the driver who was
/// dropped by Haas say?" had been asked again as "What did Formula say?", from "Formula 1", and answered with Formula
/// 1's statement on the Russian Grand Prix.
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class DescribedPersonBundledTests(BundledKnowledgeFixture fixture)
{
    [Fact]
    public async Task A_body_that_did_the_described_deed_is_not_taken_for_the_person()
    {
        var answer = (await fixture.Host.Get<AnswerService>().AskAsync("What did the driver who was dropped by Haas say?", CancellationToken.None)).Answer;

        Assert.DoesNotContain("impossible to hold the Russian Grand Prix", answer.Text);
        Assert.Contains("Mazepin", answer.Text);
    }
}
