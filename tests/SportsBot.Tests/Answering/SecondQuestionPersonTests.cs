using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A second question that says "she" or "he" ("Who was disqualified for refusing a handshake, and what did she win in
/// Paris?") asks about the person the first answer names. It had been answered with the medal of whoever else the
/// results story names first.
/// </summary>
public sealed class SecondQuestionPersonTests : IClassFixture<SecondQuestionPersonTests.Corpus>
{
    private readonly Corpus _corpus;

    public SecondQuestionPersonTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task She_in_the_second_question_is_the_person_the_first_answer_names()
    {
        var answer = await _corpus.AskAsync("Who was disqualified for refusing to salute the referee, and what did she win at the Port Vell Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Nora Vik", answer.Parts[0].Text);
        Assert.Contains("bronze", answer.Text);
        Assert.DoesNotContain("Solberg", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("vik-disqualified-harbour-open.md", Articles.Markdown("Vik disqualified for refusing to salute the referee", "2025-04-05",
                """
                Nora Vik was disqualified from the Harbour Open on 3 April 2025 for refusing to salute the referee after her semi-final.

                Her federation protested. She is still expected to fence at the Port Vell Games in August.
                """));
            folder.Write("port-vell-games-fencing-results.md", Articles.Markdown("Harbour's fencers take three medals at the Port Vell Games", "2025-08-06",
                """
                Mira Solberg of Harbour won gold in the women's sabre at the Port Vell Games on 4 August 2025, beating Ostland's Eva Lind in the final.

                Two days later Nora Vik won bronze in the women's épée.
                """));
        }
    }
}
