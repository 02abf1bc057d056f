using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A canoe union electing a new president and a rowing federation electing a board under observers: who-questions a
/// first reader got wrong on stories like these.
/// </summary>
public sealed class FederationElectionCaseTests : IClassFixture<FederationElectionCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public FederationElectionCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Whom_an_elected_president_beat_is_not_answered_by_a_story_that_names_no_opponent()
    {
        var answer = await _corpus.AskAsync("Who did Dana Petrescu beat in the election?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Whom_she_beat_is_the_one_named_after_beating()
    {
        var answer = await _corpus.AskAsync("Who did Marta Osei beat?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("beating Dieter Krall", answer.Text);
    }

    [Fact]
    public async Task Whom_she_replaces_is_whom_she_takes_over_from()
    {
        var answer = await _corpus.AskAsync("Who did Osei replace?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("takes over from Juan Ferreira", answer.Text);
    }

    [Fact]
    public async Task What_job_a_person_has_is_what_the_story_sets_beside_his_name()
    {
        var answer = await _corpus.AskAsync("What job does Krall have?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Krall, the union's treasurer", answer.Text);
    }

    [Fact]
    public async Task Who_a_person_is_is_told_by_what_is_set_beside_his_surname_not_by_a_deed_done_to_him()
    {
        var answer = await _corpus.AskAsync("Who is Dieter Krall?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("the union's treasurer", answer.Text);
        Assert.DoesNotContain("71 votes", answer.Text);
    }

    [Fact]
    public async Task The_votes_a_candidate_got_are_told_by_the_story_that_names_him_beside_them()
    {
        var answer = await _corpus.AskAsync("How many votes did Dieter Krall get?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("71 votes to 54", answer.Text);
        Assert.DoesNotContain("126", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("canoe-candidates.md", Articles.Markdown("Two candidates to succeed Ferreira at International Canoe Union", "2025-08-15",
                """
                Marta Osei and Dieter Krall will stand for president of the International Canoe Union at its congress in Lausanne on 14 November.
                Osei, a former slalom world champion, wants to move the union's headquarters to Africa. Krall, the union's treasurer, has promised to cut costs.
                Each of the 126 member federations has one vote.
                """));
            folder.Write("canoe-elected.md", Articles.Markdown("Marta Osei elected first African president of canoe union", "2025-11-14",
                """
                Marta Osei has been elected president of the International Canoe Union, beating Dieter Krall by 71 votes to 54 at the congress in Lausanne.
                Osei becomes the first African to lead the union. She takes over from Juan Ferreira on 1 January.
                """));
            folder.Write("rowing-flag.md", Articles.Markdown("World Rowing restores Vostria's flag after new election", "2025-03-27",
                """
                World Rowing has lifted its sanction on Vostria, allowing the country's crews to race under their own flag again.
                The decision follows a new election of the Vostrian federation's board, supervised by observers. Former Olympian Dana Petrescu was elected president.
                World Rowing said the fine imposed last year had been paid in full.
                """));
        }
    }
}
