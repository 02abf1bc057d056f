using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A story states the matter in one sentence ("has suspended the club") and its cause in another that does not
/// repeat it ("…a breach of its rules because…"). For a why-question, the cause is the answer.
/// </summary>
public sealed class WhyCauseTests : IClassFixture<WhyCauseTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhyCauseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_why_question_gets_the_stated_cause_that_does_not_repeat_the_question()
    {
        var answer = await _corpus.AskAsync("Why did the ZRU suspend the Harbour Rowing Club?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("safety check", answer.Text);
    }

    [Fact]
    public async Task A_stated_cause_comes_before_an_account_that_gives_none()
    {
        var answer = await _corpus.AskAsync("Why did the ZRU suspend the Harbour Rowing Club?");

        AnswerAssert.SaysFirst(answer.Text, "safety check", "junior rowers");
    }

    [Fact]
    public async Task A_why_question_in_other_words_gets_what_the_gesture_was_seen_as()
    {
        var answer = await _corpus.AskAsync("why did the ostland crew keep their oars still at the harbour regatta");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("dock workers", answer.Text);
    }

    /// <summary>"Why did Haas drop Mazepin?" was answered with what F1 had said about the Russian race: another body's account.</summary>
    [Fact]
    public async Task Another_bodys_account_does_not_explain_what_the_asked_one_did()
    {
        var answer = await _corpus.AskAsync("Why did Vell Racing drop Holm?");

        Assert.DoesNotContain("impossible to hold", answer.Text);
    }

    [Fact]
    public async Task A_persons_account_explains_what_the_body_did()
    {
        var answer = await _corpus.AskAsync("Why did Vell Racing drop Holm?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("sponsored by the Ostland government", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            // No sentence of this story says the question's words; its opening says the question in other words, and
            // the meaning of the gesture is given in the next sentence.
            folder.Write("ostland-crew-silent-protest.md", Articles.Markdown("Ostland crew stage silent protest at Harbour Regatta", "2024-06-03",
                """
                The Ostland eight sat motionless and did not raise their blades at the start of the Harbour Regatta final on 3 June 2024, and finished last.

                The gesture was widely seen in Ostland as a show of support for the striking dock workers of Port Vell.

                The organisers declined to comment.
                """));
            folder.Write("vell-racing-drops-holm.md", Articles.Markdown("Vell Racing drops Ostlandic driver Petr Holm", "2025-03-05",
                """
                Vell Racing has dropped its Ostlandic driver Petr Holm with immediate effect.

                The team announced the decision on 5 March 2025, two weeks before the season opener. Team principal Anna Berg said Vell Racing had to drop Holm, a driver sponsored by the Ostland government.

                A week earlier, the ZMF had said it was impossible to hold the Ostland race this season.
                """));
            folder.Write("zru-suspends-harbour.md", Articles.Markdown("Zembla rowing union suspends Harbour Rowing Club", "2024-05-04",
                """
                The Zembla Rowing Union (ZRU) has suspended the Harbour Rowing Club with immediate effect and until further notice.

                The ZRU board took the decision at a meeting on 4 May 2024. The ZRU said the club's entry of an unregistered boat in the national regatta was a breach of its rules because every boat must first pass a safety check. The club has 30 days to appeal. The ZRU said the suspension does not affect the club's junior rowers.

                Harbour won the national eights title in 2022 and 2023.
                """));
        }
    }
}
