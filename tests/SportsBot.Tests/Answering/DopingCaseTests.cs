using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A swimmer's doping case told over three stories, as a fan follows it: a positive test, a ban, a ban cut on appeal.
/// Each test is a question a first reader got wrong on a case like it.
/// </summary>
public sealed class DopingCaseTests : IClassFixture<DopingCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public DopingCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_lawyer_is_a_person_not_the_court_the_lawyer_appeals_to()
    {
        var answer = await _corpus.AskAsync("Who is Torvik's lawyer?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Nils Aune", answer.Text);
    }

    [Fact]
    public async Task Her_coach_speaks_for_the_swimmer_the_sentence_before_names()
    {
        var answer = await _corpus.AskAsync("What did Torvik's coach say?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("cold medicine", answer.Text);
    }

    [Fact]
    public async Task A_title_that_passes_to_someone_names_its_winner()
    {
        var answer = await _corpus.AskAsync("Who won the national title after Torvik was disqualified?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Greta Moen", answer.Text);
    }

    [Fact]
    public async Task A_ban_asked_about_in_the_past_tense_is_told_with_its_later_cut()
    {
        var answer = await _corpus.AskAsync("How long was Torvik banned from competition?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("16 months", answer.Text);
        Assert.Contains("ten months", answer.Text);
    }

    [Fact]
    public async Task A_body_no_story_names_is_not_the_askers_shorthand_when_the_question_asks_about_it()
    {
        var answer = await _corpus.AskAsync("Has WADA appealed against the CAS ruling?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_Olympics_no_story_mentions_are_a_time_the_sources_do_not_cover()
    {
        var answer = await _corpus.AskAsync("Who will coach Torvik at the Olympics?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Who_coaches_her_now_is_still_answered()
    {
        var answer = await _corpus.AskAsync("Who will coach Torvik next year?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Vera Lind", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("torvik-suspended.md", Articles.Markdown("Ostland swimmer Mia Torvik provisionally suspended", "2025-03-11",
                """
                Ostland swimmer Mia Torvik has been provisionally suspended after testing positive for the stimulant octodrine.

                Torvik won the 100 metres breaststroke at the national championships last year. Her coach, Jens Falk, said the swimmer had taken a cold medicine by mistake.

                Her B sample will be tested in Lausanne in the presence of her lawyer, Nils Aune.
                """));
            folder.Write("torvik-banned.md", Articles.Markdown("Torvik banned for 16 months", "2025-07-22",
                """
                Mia Torvik has been banned from competition for 16 months by the disciplinary panel of the Aquatics Integrity Board.

                Her results since February have been disqualified. The national title passes to Greta Moen.

                Torvik's lawyer said the swimmer would appeal to the Court of Arbitration for Sport.
                """));
            folder.Write("torvik-ban-cut.md", Articles.Markdown("Court cuts Torvik's ban", "2025-12-15",
                """
                The Court of Arbitration for Sport has reduced Mia Torvik's ban from 16 months to ten months, meaning the swimmer is free to compete again.

                The integrity board said it accepted the ruling. Torvik will be coached by Vera Lind from January.
                """));
        }
    }
}
