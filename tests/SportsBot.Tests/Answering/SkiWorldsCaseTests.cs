using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A ski championships awarded, a fencer fined, an esports league's first commissioner, a cricket ground renamed, and
/// a boxer's re-tested sample: a sport named in a headline by the word a fan uses, a fine asked as what she "got",
/// somebody who leaves one post "to become" another, a new name, a concentration, a round of a tournament, and things
/// asked for by name and count.
/// </summary>
public sealed class SkiWorldsCaseTests : IClassFixture<SkiWorldsCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SkiWorldsCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"Who headed Lysvik's bid for the ski worlds?" was refused: "ski" was not read as naming skiing in the headline "Lysvik handed 2029 ski worlds".</summary>
    [Fact]
    public async Task A_headline_names_a_sport_by_the_word_a_fan_uses()
    {
        var answer = await _corpus.AskAsync("Who headed Brennvik's bid for the ski worlds?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Tove Aasland", answer.Text);
    }

    /// <summary>"how much did orlicz get fined in the end?" was refused: "get" was read as money received.</summary>
    [Fact]
    public async Task Getting_fined_asks_for_the_fine()
    {
        var answer = await _corpus.AskAsync("how much did kovalska get fined in the end?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("1,800 euros", answer.Text);
    }

    /// <summary>"Who is the commissioner of the Players' Premier Circuit?" was refused: "Okoye … has stepped back … to become the PPC's first commissioner".</summary>
    [Fact]
    public async Task Somebody_who_leaves_a_post_to_become_another_holds_it()
    {
        var answer = await _corpus.AskAsync("Who is the commissioner of the Arena Pro Series?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Mina Castell", answer.Text);
    }

    /// <summary>"What is Port Alder's Harbour Oval going to be called now?" was read as asking what the ground is.</summary>
    [Fact]
    public async Task What_a_ground_is_going_to_be_called_is_its_new_name()
    {
        var answer = await _corpus.AskAsync("What is Saltby's Bay Oval going to be called now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Northway Bank Bay Oval", answer.Text);
    }

    /// <summary>"What concentration of drostanolone was found in Quillon's sample?" was answered with the ruling, which gives none.</summary>
    [Fact]
    public async Task A_concentration_asked_needs_a_figure_per_volume()
    {
        var answer = await _corpus.AskAsync("What concentration of nandrolone was found in Brask's sample?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_concentration_given_per_millilitre_answers()
    {
        var answer = await _corpus.AskAsync("What concentration of stanozolol was found in Vella's sample?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("4.1 ng/mL", answer.Text);
    }

    /// <summary>"What was Orlicz's score in the Calvera Grand Prix semi-final?" was answered with the final's score.</summary>
    [Fact]
    public async Task A_score_in_the_final_is_not_the_semi_final_s()
    {
        var answer = await _corpus.AskAsync("What was Kovalska's score in the semi-final?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_fencer_s_score_in_the_final_is_the_final_s()
    {
        var answer = await _corpus.AskAsync("What was Kovalska's score in the final?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("15-9", answer.Text);
    }

    /// <summary>"Which four women's training centres in Tarsovia were at risk of closing?" was answered by a quote naming none.</summary>
    [Fact]
    public async Task Four_things_asked_by_name_are_not_answered_by_a_sentence_naming_none()
    {
        var answer = await _corpus.AskAsync("Which four training centres were at risk of closing?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"What are the names of the two men arrested in Halsa?" was answered with "two men from the town were arrested".</summary>
    [Fact]
    public async Task The_names_of_two_men_are_not_given_by_counting_them()
    {
        var answer = await _corpus.AskAsync("What are the names of the two men arrested in Saltby?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("brennvik-ski-worlds.md", Articles.Markdown("Brennvik handed 2031 ski worlds", "2026-02-20",
                """
                Brennvik will host the 2031 Alpine World Ski Championships after its rival withdrew. Bid chief Tove Aasland said the budget had been cut to 70 million euros.
                """));
            folder.Write("kovalska-fine.md", Articles.Markdown("Fencer's suspension replaced by fine", "2025-11-04",
                """
                The appeals committee set aside the provisional suspension of sabre fencer Irena Kovalska and replaced it with a written reprimand and a fine of 1,800 euros.

                Kovalska said she would pay the fine. She had beaten Anna Ruiz 15-9 in the final on 13 September, then held up a protest card on the podium.

                Coaches say the funding cuts would close at least four of the country's nine training centres. "The most important thing is that the centres stay open," Kovalska said.
                """));
            folder.Write("arena-pro-series.md", Articles.Markdown("Arena Pro Series to launch with six teams", "2026-03-24",
                """
                The Arena Pro Series will launch with six teams in September.

                Mina Castell, the team owner who led the breakaway, has stepped back from running her team to become the league's first commissioner.
                """));
            folder.Write("bay-oval-renamed.md", Articles.Markdown("Bank takes naming rights to Bay Oval", "2026-04-08",
                """
                The Bay Oval in Saltby will instead become the Northway Bank Bay Oval under a five-year agreement with Northway Bank.

                Separately, two men from Saltby were arrested on 2 March and charged with fraud over tickets for the ground's opening match.
                """));
            folder.Write("boxing-retests.md", Articles.Markdown("Two boxers charged after re-tests", "2025-09-12",
                """
                Boxer Emil Brask has been charged after nandrolone was found in a re-tested sample from April.

                A second boxer, Luca Vella, was charged after stanozolol was found in his sample at a concentration of 4.1 ng/mL.
                """));
        }
    }
}
