using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What exactly is the PIF that bought Newcastle?" asks what the PIF is: "exactly" only stresses the question, and
/// the clause after the name says which one is meant, so the sentence that defines it need not repeat "bought".
/// </summary>
public sealed class DefinitionClauseTests : IClassFixture<DefinitionClauseTests.Corpus>
{
    private readonly Corpus _corpus;

    public DefinitionClauseTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("What exactly is the ZDF that bought Harbour Athletic?")]
    [InlineData("What is the ZDF that bought Harbour Athletic?")]
    public async Task A_name_picked_out_by_a_clause_is_answered_with_the_sentence_that_defines_it(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("sovereign wealth fund", answer.Text.Split("[1]")[0]);
    }

    [Theory]
    [InlineData("What exactly is the ZDF that bought Harbour Athletic?", AskedFor.WhatIs, "ZDF")]
    [InlineData("What was the decision that CAS made on the ROC?", AskedFor.Open, null)]
    public void Only_a_name_picked_out_by_a_clause_makes_a_definition_question(string question, AskedFor kind, string? subject)
    {
        var (asks, asked, _) = QuestionKindReader.Read(question);

        Assert.Equal(kind, asks);
        Assert.Equal(subject, asked);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("harbour-athletic-sold.md", Articles.Markdown("Zembla fund completes Harbour Athletic takeover", "2024-03-03",
                """
                Harbour Athletic have new owners.

                A consortium led by the Zembla Development Fund (ZDF) completed its purchase of the club on 3 March 2024, ending twelve years of ownership by the shipping magnate Olav Brenn.

                The ZDF, the state's sovereign wealth fund, holds 80 per cent of the club. Supporters gathered outside the stadium to celebrate.
                """));
    }
}
