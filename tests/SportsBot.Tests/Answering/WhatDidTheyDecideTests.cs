using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What did CAS decide about the ROC?" asks for what CAS did, which the story tells in its own verb ("has dismissed
/// the appeal"); a sentence that only says the word ("the ROC said the CAS decision was…") is a reaction to it.
/// </summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class WhatDidTheyDecideTests(BundledKnowledgeFixture fixture)
{
    [Fact]
    public async Task Asked_what_a_court_decided_the_answer_leads_with_its_ruling_not_a_reaction_to_it()
    {
        var answer = (await fixture.Host.Get<AnswerService>().AskAsync("What did CAS decide about the ROC?", CancellationToken.None)).Answer;

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("cas-upholds-roc-suspension-2024-02", answer.Citations[0].ArticleId);
        Assert.Contains("has dismissed", answer.Parts.Single(p => p.Role == AnswerRole.Lead).Text);
    }
}
