using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sentence that refers back to the lead ("Its members voted 14 to 2…") goes on telling the lead's fact. When the
/// lead answers only as the sentence closest in meaning, the one after it does not pass on its own: with room left
/// beside what answers, it follows the lead, and the answer does not stop half-way through the story's account. So
/// does the next sentence of the lead's paragraph when the lead answers only in other words ("Varga left Zembla…",
/// then "…the day before the Zembla Open was due to begin" for "Did Varga get to run at the Zembla Open?"), and when
/// the question asks for an account rather than one datum: "Did the federation punish Lund?" is answered by what the
/// punishment was before by other sentences that say "punished".
/// </summary>
public sealed class ContinuationTests : IClassFixture<ContinuationTests.Corpus>
{
    private readonly Corpus _corpus;

    public ContinuationTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_sentence_that_refers_back_to_the_lead_follows_it()
    {
        var answer = await _corpus.AskAsync("When did Zembla's federation clear Ostland's crews to race?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("4 June 2025", answer.Parts[0].Text);
        Assert.Contains("Port Vell regatta", answer.Text);
    }

    [Fact]
    public async Task A_lead_that_answers_only_in_other_words_is_followed_by_the_next_sentence_of_its_paragraph()
    {
        var answer = await _corpus.AskAsync("Did Varga get to run at the Zembla Open in 2025?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("left Zembla", answer.Parts[0].Text);
        Assert.Contains("the day before the Zembla Open was due to begin", answer.Text);
    }

    [Fact]
    public async Task Only_the_next_sentence_follows_not_the_rest_of_the_paragraph()
    {
        var answer = await _corpus.AskAsync("When did Zembla's federation clear Ostland's crews to race?");

        Assert.DoesNotContain("oldest sport", answer.Text);
    }

    [Fact]
    public async Task A_question_asking_for_an_account_gets_the_rest_of_the_leads_paragraph_before_other_sentences_with_its_words()
    {
        var answer = await _corpus.AskAsync("Did the Zembla athletics federation punish Piet Lund?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("punished hammer thrower Piet Lund", answer.Parts[0].Text);
        Assert.Contains("5,000 crowns", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-lifts-rowing-ban.md", Articles.Markdown("Zembla lifts its sanctions on Ostland's oarsmen", "2025-06-05",
                """
                Zembla's rowing federation lifted its sanctions on Ostland's oarsmen on 4 June 2025. Its members voted 14 to 2 at the spring congress, and the first crew back will race at the Port Vell regatta. Rowing is the oldest sport in Zembla, and its clubs are among the country's largest.
                """));
            folder.Write("zembla-punishes-lund.md", Articles.Markdown("Zembla athletics federation punishes Lund over slogan", "2025-08-12",
                """
                The Zembla athletics federation has punished hammer thrower Piet Lund for wearing a political slogan at the national championships. Lund must pay 5,000 crowns and will sit out the rest of the season.

                Lund said the federation had punished him for his views and that he would appeal.

                His club, Harbour AC, said it would not punish Lund and would pay his legal costs.

                The federation last punished an athlete over a slogan in 2019, when sprinter Eva Moor was given a warning.
                """));
            folder.Write("varga-leaves-zembla.md", Articles.Markdown("Varga leaves Zembla after losing her visa case", "2025-05-04",
                """
                Ostland's Lia Varga left Zembla on the evening of 3 May 2025, hours after a court dismissed her challenge to the cancellation of her visa. The sprinter flew home to Ostland on the day before the Zembla Open was due to begin.
                """));
        }
    }
}
