using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who won the 2022 Australian Open?" was answered with the 2023 final: a year the question names is the time of the
/// fact it asks for, and a sentence about another year does not answer it, however well the rest matches. A year
/// after "since" only bounds the time, and a later story answers it.
/// </summary>
public sealed class AskedYearTests : IClassFixture<AskedYearTests.Corpus>
{
    private readonly Corpus _corpus;

    public AskedYearTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_winner_of_another_year_does_not_answer_who_won_in_the_year_asked()
    {
        var answer = await _corpus.AskAsync("Who won the 2023 Harbour Open?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"Who won the 2023 Wimbledon title?" had been answered with the 2023 Australian Open: a year says when, not what.</summary>
    [Fact]
    public async Task A_winner_of_another_event_in_the_year_asked_does_not_answer()
    {
        var answer = await _corpus.AskAsync("Who won the 2023 Harbour Open?");

        Assert.DoesNotContain("Zembla Cup", answer.Text);
    }

    [Fact]
    public async Task The_winner_of_the_year_asked_answers()
    {
        var answer = await _corpus.AskAsync("Who won the 2024 Harbour Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lia Varga", answer.Text);
    }

    [Fact]
    public async Task A_year_after_since_only_bounds_the_time_asked_about()
    {
        var answer = await _corpus.AskAsync("Who has won the Harbour Open since 2023?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lia Varga", answer.Text);
    }

    /// <summary>
    /// A story written before the year asked about can look ahead to it, but cannot tell what happened in it: the 2024
    /// story's reason for that year's suspension does not say why the federation voted as it did in 2025.
    /// </summary>
    [Fact]
    public async Task A_story_from_before_the_year_asked_does_not_tell_what_happened_in_it()
    {
        var answer = await _corpus.AskAsync("Why did the Zembla federation vote to keep Ostland suspended in 2025?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_story_of_the_year_asked_tells_what_happened_in_it()
    {
        var answer = await _corpus.AskAsync("Why did the Zembla federation vote to suspend Ostland in 2024?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("unpaid", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("varga-wins-harbour-open.md", Articles.Markdown("Varga takes the Harbour Open title", "2024-05-10",
                """
                Ostland's Lia Varga won the Harbour Open on 9 May 2024, beating Zembla's Mira Holt 6-3, 6-4 in the final.

                A year earlier Varga had lost in the first round of the 2023 Harbour Open, her last match before a knee operation.
                """));
            folder.Write("holt-wins-zembla-cup.md", Articles.Markdown("Holt takes the Zembla Cup", "2023-05-04",
                """
                Zembla's Mira Holt won the Zembla Cup on 3 May 2023, beating Ostland's Lia Varga 7-5, 6-2 in the final.

                Holt now travels to the Harbour Open, where she is the second seed.
                """));
            folder.Write("zembla-federation-suspends-ostland.md", Articles.Markdown("Zembla federation suspends Ostland", "2024-11-20",
                """
                The Zembla Tennis Federation voted on 19 November to suspend Ostland's national federation.

                The board said the suspension was because of unpaid membership fees.

                Ostland's players may still enter the 2025 Harbour Open as individuals.
                """));
        }
    }
}
