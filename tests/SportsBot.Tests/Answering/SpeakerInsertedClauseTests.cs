using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// News writes who a speaker is between commas before what they said: "What did Lind claim about the election?" was
/// refused although the story said "Lind, who had led the federation since 2017, said several delegates had been offered
/// cash", because the few words before "said" were the clause's and not her name.
/// </summary>
public sealed class SpeakerInsertedClauseTests : IClassFixture<SpeakerInsertedClauseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SpeakerInsertedClauseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_speaker_named_before_a_clause_about_them_speaks()
    {
        var answer = await _corpus.AskAsync("What did Berg say about the election?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("offered cash", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("ostland-boxing-election.md", Articles.Markdown("Ostland boxing federation elects Holm amid claims", "2025-02-14",
                """
                The Ostland Boxing Federation elected Karl Holm as its president on 12 February 2025, by 31 votes to 24 over the incumbent, Anna Berg.

                Berg, who had led the federation since 2017, said several delegates had been offered cash for their votes.

                Holm denied the claims.
                """));
    }
}
