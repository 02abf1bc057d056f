using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A question asking for a judgement is answered with the positions the story attributes, and a position seldom
/// repeats the question's words: said by someone about the matter the question names, in a story on it, it is one.
/// </summary>
public sealed class JudgementPositionTests : IClassFixture<JudgementPositionTests.Corpus>
{
    private readonly Corpus _corpus;

    public JudgementPositionTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_position_that_repeats_one_word_of_the_question_is_given_attributed_without_a_verdict()
    {
        var answer = await _corpus.AskAsync("Was it fair for Nordkit to turn Velden's shirts into a protest against Arland?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("organisers said", answer.Text);
        Assert.Contains("positions on this, not a verdict", answer.Text);
    }

    [Fact]
    public async Task A_sentence_that_takes_no_position_is_not_given_as_one()
    {
        var answer = await _corpus.AskAsync("Was it fair for Nordkit to turn Velden's shirts into a protest against Arland?");

        Assert.DoesNotContain("almost invisible", answer.Text);
    }

    [Fact]
    public async Task Each_side_is_heard_once_when_two_outlets_quote_the_same_body()
    {
        var answer = await _corpus.AskAsync("Was the Harbour League right to approve Varan's takeover of Castle FC?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Fair Play Watch", answer.Text);
        Assert.Single(answer.Parts, p => p.Text.Contains("Harbour League approved", StringComparison.Ordinal) || p.Text.Contains("Harbour League said", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_other_side_is_heard_though_it_says_none_of_the_question_s_words()
    {
        var answer = await _corpus.AskAsync("Was it fair for Solvik to turn Brava's kits into a protest against Tessa?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("rejected Solvik's claims", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("nordkit-velden-shirts.md", Articles.Markdown("Nordkit unveils muted Velden shirts for the Arland Cup", "2025-09-12",
                """
                Nordkit has unveiled Velden's shirts for the Arland Cup with the badges almost invisible.

                The kit maker designed them as a protest against the host's treatment of migrant workers.

                The Arland organisers said they rejected the company's protest and that conditions for workers had improved.
                """));
            folder.Write("solvik-brava-kits.md", Articles.Markdown("Brava's kit maker blanks out badges for the Tessa Games", "2025-08-01",
                """
                Brava will wear kits with the badges blanked out at the Tessa Games, after its kit maker Solvik designed them as a protest against the host's record on press freedom.

                Solvik said it backed the team all the way but did not want to be seen at the event.

                The Tessa organisers rejected Solvik's claims and pointed to new media laws.
                """));
            folder.Write("castle-takeover-approved.md", Articles.Markdown("Harbour League approves Varan-led takeover of Castle FC", "2025-10-01",
                """
                The Harbour League approved the takeover of Castle FC after receiving what it called binding assurances that the state of Varan would not control the club.

                Fair Play Watch said the Harbour League should never have approved the takeover of Castle FC, calling it an attempt by Varan to polish its image through football.
                """));
            folder.Write("castle-takeover-completed.md", Articles.Markdown("Castle FC takeover by Varan consortium completed", "2025-10-01",
                """
                A consortium led by Varan's investment fund has completed its takeover of Castle FC.

                The Harbour League said it was right to approve the takeover of Castle FC by the Varan-led consortium.
                """));
        }
    }
}
