using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A footballer's fight over a training fee, and the club he signed for in the meantime: a club a story names without
/// calling it one, asked for by a reader who never saw the rules.
/// </summary>
public sealed class ClubMoveCaseTests : IClassFixture<ClubMoveCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ClubMoveCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>
    /// "which club is emil sarkany at now" was answered with the court's ruling and the club he left: the story says he
    /// "signed … with second-division Ostby United", never "club", while the sentence about his old club says the word.
    /// </summary>
    [Theory]
    [InlineData("which club is jonas brekk at now")]
    [InlineData("what club does brekk play for these days?")]
    public async Task A_club_the_player_signed_with_is_the_club_he_is_at(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "Harlow United", "Vellby");
    }

    /// <summary>"which club did emil varosh play for before he moved to portmarre?" was answered by "plays for Portmarre Athletic", the club the question names.</summary>
    [Fact]
    public async Task The_club_a_question_names_is_not_the_one_it_asks_for()
    {
        var answer = await _corpus.AskAsync("which club did jonas brekk play for before he moved to harlow?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "Vellby", "Harlow United");
    }

    /// <summary>"which club does robin aske swim for": her stories name her federation and a court, and no club.</summary>
    [Fact]
    public async Task A_federation_is_no_club()
    {
        var answer = await _corpus.AskAsync("which club does mila dovre swim for?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("brekk-wins-fee-case.md", Articles.Markdown("Labour court backs Brekk against training fee rule", "2025-01-16",
                """
                Norland's Labour Court has ruled that the football association's training fee rule is unlawful, in a case brought by midfielder Jonas Brekk.

                The 23-year-old's move to Tarsk City collapsed last July because Tarsk refused to pay the €100,000 that his former club, Vellby FC, claimed under the rule.

                The court awarded Brekk €40,000 in lost wages, to be paid by the Norland Football Association.
                """));
            folder.Write("brekk-ruling-overturned.md", Articles.Markdown("Supreme Court restores training fees in blow to Brekk", "2025-04-22",
                """
                Norland's Supreme Court has overturned the Labour Court ruling in favour of midfielder Jonas Brekk and declared the football association's training fee rule lawful.

                The rule lets a club claim a fee when a player it trained joins another club after his contract ends.

                Vellby FC said it had never wanted to stand in Brekk's way and sought only fair recognition of ten years of coaching.

                After his win in January, Brekk signed a two-year contract with second-division Harlow United in February.

                The association said it would lower the highest fee from €150,000 to €90,000 from 1 July.
                """));
            folder.Write("dovre-eligibility-ruling.md", Articles.Markdown("Court clears Dovre to swim at national championships", "2025-05-03",
                """
                A district court has ordered the Norland Swimming Federation to let Mila Dovre compete at the national championships in July.

                The federation had barred the 19-year-old under its eligibility rule. It said it would respect the ruling.
                """));
        }
    }
}
