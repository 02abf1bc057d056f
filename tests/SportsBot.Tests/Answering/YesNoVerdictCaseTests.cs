using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Yes/no questions whose answer the newest story gives plainly: a ban upheld or lifted, an athlete cleared or barred.
/// "Can Aske swim in July?" was answered with the story and no yes; the asker had to draw it.
/// </summary>
public sealed class YesNoVerdictCaseTests : IClassFixture<YesNoVerdictCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public YesNoVerdictCaseTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("is ilan brask still banned?", "Yes.", "brask-ban-upheld")]
    [InlineData("Is the Delmar Athletics Union still suspended?", "No.", "delmar-suspension-lifted")]
    [InlineData("can delmar sprinters compete at the harlow games?", "Yes.", "delmar-suspension-lifted")]
    [InlineData("can mara tessin swim at the Harlow Games?", "No.", "tessin-barred")]
    [InlineData("is anton velk still president of the rowing federation?", "No.", "velk-resigns")]
    public async Task A_yes_no_question_the_newest_story_answers_plainly_opens_with_the_answer(string question, string verdict, string source)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith($"{verdict} As of ", answer.Text);
        Assert.Equal(source, answer.Citations[0].ArticleId);
    }

    /// <summary>
    /// "Brask said he would appeal" tells of an appeal promised, not whether one was lodged; a suspension lifted ends a
    /// ban, not the regatta; "the rules allowed only the six fastest crews" allows others, not the eight; two other
    /// countries' boycott staying in place says nothing of Lessia's; and "has been cancelled" says the regatta's state
    /// holds, not that it ended: no verdict is read into any of them.
    /// </summary>
    [Theory]
    [InlineData("did ilan brask appeal?")]
    [InlineData("will the kestrel cup still be held in norland?")]
    [InlineData("can norland's women's eight race at the kestrel cup?")]
    [InlineData("Is Lessia still boycotting the Harlow Games?")]
    [InlineData("is the varna rowing regatta still cancelled?")]
    public async Task A_yes_no_question_the_story_does_not_answer_plainly_is_answered_in_its_words(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of ", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("brask-suspended.md", Articles.Markdown("Corvel rowing federation bans coach Ilan Brask", "2025-01-10",
                """
                The Corvel Rowing Federation has banned national coach Ilan Brask for two years for falsifying selection results.

                Brask, 51, denied wrongdoing and said he would appeal.
                """));
            folder.Write("brask-ban-upheld.md", Articles.Markdown("Appeals court upholds Brask ban", "2025-05-02",
                """
                The Sport Appeals Court has upheld the two-year ban on former national rowing coach Ilan Brask, who had argued that the federation broke its own rules.

                Brask's lawyer said he was considering his options.
                """));
            folder.Write("delmar-suspended.md", Articles.Markdown("World Sprint Council suspends Delmar Athletics Union", "2025-02-01",
                """
                The World Sprint Council has suspended the Delmar Athletics Union over $400,000 in unpaid dues, leaving Delmar's sprinters unable to enter international meetings.
                """));
            folder.Write("delmar-suspension-lifted.md", Articles.Markdown("World Sprint Council lifts Delmar suspension", "2025-07-01",
                """
                The World Sprint Council has lifted the suspension of the Delmar Athletics Union after it paid its debts.

                The decision clears Delmar's sprinters to compete at the Harlow Games in August.
                """));
            folder.Write("kestrel-cup-go-ahead.md", Articles.Markdown("Kestrel Cup to go ahead in Norland", "2025-07-15",
                """
                The Kestrel Cup will go ahead in Norland in September after the Rowing Council lifted the suspension of the Norland Rowing Union, organisers said.

                Norland's women's eight missed the cut for the Kestrel Cup because the qualifying rules allowed only the six fastest crews.
                """));
            folder.Write("harlow-boycott.md", Articles.Markdown("Two countries keep up Harlow Games boycott", "2025-08-01",
                """
                Ostrava and Kemen said on Monday that their boycott of the Harlow Games remained in place.

                Lessia confirmed its entries for the Harlow Games on Tuesday, a week before the deadline.
                """));
            folder.Write("varna-regatta-cancelled.md", Articles.Markdown("Varna Rowing Regatta cancelled after flooding", "2025-04-20",
                """
                The Varna Rowing Regatta has been cancelled because of flooding on the river, organisers said on Sunday.
                """));
            folder.Write("velk-resigns.md", Articles.Markdown("Rowing federation president Anton Velk resigns", "2025-08-10",
                """
                Anton Velk has resigned as president of the Corvel Rowing Federation after a row over its accounts, the federation said on Sunday.

                His deputy, Sana Orr, will lead the federation until an election in November.
                """));
            folder.Write("tessin-barred.md", Articles.Markdown("Swimmer Mara Tessin barred from Harlow Games", "2025-06-10",
                """
                Swimmer Mara Tessin has been barred from the Harlow Games after missing three doping tests, her federation said.

                Tessin, 22, said she would not contest the decision.
                """));
        }
    }
}
