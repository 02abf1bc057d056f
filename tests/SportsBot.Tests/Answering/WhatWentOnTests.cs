using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What was the outcome of Valieva's doping case?" led with the background ("Valieva, then 15, helped the team…
/// because of earlier doping sanctions") because it repeats "case" and "doping", while the verdict says neither
/// "outcome" nor "case". Words that ask what happened without saying what ("outcome", "went down", "the story with")
/// are not what a sentence must repeat.
/// </summary>
public sealed class WhatWentOnTests : IClassFixture<WhatWentOnTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhatWentOnTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_outcome_of_a_case_is_answered_with_the_verdict()
    {
        var answer = await _corpus.AskAsync("What was the outcome of Mila Sorn's doping case?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("banned her for four years", answer.Parts[0].Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("sorn-banned-2025-01.md", Articles.Markdown("Zemblan skater Mila Sorn banned for four years", "2025-01-29",
                """
                The Harbour Sports Tribunal has found Zemblan figure skater Mila Sorn guilty of an anti-doping rule violation and banned her for four years.

                At the 2022 Harbour Games Sorn, then 15, helped Zembla's team to first place, an outcome later overshadowed by her doping sample.

                The tribunal sat in November.
                """));
    }
}
