using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A club whose chief executive stepped down, a league run by an interim chief executive, a broadcaster under an acting
/// director-general, a players' union a federation's president opposed: who runs a body now, asked the way fans ask it.
/// </summary>
public sealed class HeadOfABodyCaseTests : IClassFixture<HeadOfABodyCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public HeadOfABodyCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"who is running brask united now?" was refused: running a club was not read as heading it.</summary>
    [Fact]
    public async Task Whoever_took_over_as_chief_executive_runs_the_club_now()
    {
        var answer = await _corpus.AskAsync("who is running aldmoor city now?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "Hanne Lykke", "Tor Brevik");
    }

    /// <summary>"who's running the norrune basketball league these days" was refused, though a newer story named its interim chief executive.</summary>
    [Theory]
    [InlineData("who's running the coastal hockey league these days")]
    [InlineData("who heads the coastal hockey league now?")]
    public async Task The_newest_story_s_chief_executive_heads_the_league(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "Ruth Asker", "Pavel Dorn");
    }

    /// <summary>"who is the acting boss at brt?" was refused: a director-general was not read as whoever heads a broadcaster.</summary>
    [Fact]
    public async Task An_acting_director_general_is_the_acting_boss()
    {
        var answer = await _corpus.AskAsync("who is the acting boss at ktv?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Jonas Hede", answer.Text);
    }

    /// <summary>"who heads the tarsenian players union now" was answered with the football federation's president, who had opposed the union.</summary>
    [Fact]
    public async Task The_president_of_a_federation_does_not_head_the_players_union()
    {
        var answer = await _corpus.AskAsync("who heads the velland players union now");

        Assert.DoesNotContain("Brandt", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("aldmoor-stand-closed.md", Articles.Markdown("Aldmoor City close north stand over cracked beams", "2025-09-02",
                """
                Aldmoor City will play in front of smaller crowds after the north stand at Harbour Park was closed over safety fears.

                Aldmoor City chief executive Tor Brevik said the club had been told that repairs could take until March.

                About 4,000 season-ticket holders had seats in the stand.
                """));
            folder.Write("aldmoor-stand-reopens.md", Articles.Markdown("Aldmoor City fans back in north stand", "2025-12-09",
                """
                Aldmoor City supporters will return to the north stand on Saturday, three months early.

                "The work has been remarkable," said Hanne Lykke, who took over as Aldmoor City chief executive in October after Tor Brevik stepped down.
                """));
            folder.Write("coastal-league-fined.md", Articles.Markdown("Regulator fines Coastal Hockey League over fan cameras", "2025-01-20",
                """
                The data regulator has fined the Coastal Hockey League 2 million crowns for scanning spectators' faces at its arenas.

                League chief executive Pavel Dorn said the league was disappointed and would appeal.
                """));
            folder.Write("coastal-league-appeal.md", Articles.Markdown("Coastal Hockey League drops camera appeal", "2025-05-02",
                """
                The Coastal Hockey League will not contest the regulator's ruling on its fan cameras any further.

                "We made mistakes and we have learned from them," said Ruth Asker, who took over as the league's interim chief executive after Pavel Dorn resigned in March. She said the league would pay the fine in full.
                """));
            folder.Write("velland-union-refused.md", Articles.Markdown("Velland refuses to register footballers' union", "2024-11-12",
                """
                Velland's Labour Ministry has refused to register the Velland Players' Union, ruling that footballers are contractors rather than employees.

                Ivo Brandt, president of the Velland Football Federation, said a players' union was "unnecessary".
                """));
            folder.Write("velland-union-registered.md", Articles.Markdown("Court orders Velland to register players' union", "2025-02-18",
                """
                The Labour Court has ordered Velland to register its players' union, overturning the ministry's refusal.

                The Velland Football Federation, whose president Ivo Brandt had called the union "unnecessary", said it respected the ruling.

                Its chair, Ostby captain Lea Stam, said the players would now seek talks on a minimum wage.
                """));
            folder.Write("ktv-commentator.md", Articles.Markdown("KTV takes commentator off air after criticising minister", "2025-08-14",
                """
                The state broadcaster KTV has taken its football commentator Ola Lund off air after he criticised the sports minister during a live match.

                Acting director-general Jonas Hede said the broadcaster would review its rules for sports staff.
                """));
        }
    }
}
