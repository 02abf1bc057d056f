using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A yes/no question is answered by "no" as well as by "yes": asked whether someone is allowed, the sentence saying she is banned answers.</summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class OppositeAnswerTests(BundledKnowledgeFixture fixture)
{
    [Fact]
    public async Task Asked_whether_a_skater_is_allowed_to_skate_the_answer_leads_with_her_ban()
    {
        var answer = (await fixture.Host.Get<AnswerService>().AskAsync("Is Valieva allowed to skate?", CancellationToken.None)).Answer;

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("banned her for four years", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text);
    }
}
