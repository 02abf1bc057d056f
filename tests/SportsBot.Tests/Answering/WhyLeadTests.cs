using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A why-question is answered first by a cause given for whom it asks about: a story on the US boycott also gives
/// Australia's reason for following it, which does not answer why the US did.
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class WhyLeadTests(BundledKnowledgeFixture fixture)
{
    [Fact]
    public async Task Asked_why_the_US_boycotted_the_answer_leads_with_the_reason_the_US_gave()
    {
        var answer = (await fixture.Host.Get<AnswerService>().AskAsync("Why did the US boycott the Beijing Olympics?", CancellationToken.None)).Answer;

        Assert.True(answer.Known, answer.Text);
        var lead = answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text;
        Assert.Contains("because of China's", lead);
        Assert.DoesNotContain("Australia", lead);
    }
}
