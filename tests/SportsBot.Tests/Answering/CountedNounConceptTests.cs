using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "How many countries…" is answered by a count of nations, "How many golfers…" by a count of players, "How many
/// clubs voted…" by the vote's tally or its count of votes: the counted
/// noun may be any word of its concept, a short
/// name whose long form holds it (AINs are Individual Neutral Athletes), or come before its number ("the number of
/// volunteers… at 1,200").
/// </summary>
public sealed class CountedNounConceptTests : IClassFixture<CountedNounConceptTests.Corpus>
{
    private readonly Corpus _corpus;

    public CountedNounConceptTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_count_of_nations_answers_how_many_countries()
    {
        var answer = await _corpus.AskAsync("How many countries sent crews to the Harbour Regatta?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("twelve nations", answer.Text);
    }

    [Fact]
    public async Task A_count_of_AINs_answers_how_many_athletes()
    {
        var answer = await _corpus.AskAsync("How many Ostland athletes competed at the Harbour Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("14 AINs", answer.Text);
    }

    [Fact]
    public async Task The_number_of_a_noun_given_later_in_the_sentence_answers_how_many()
    {
        var answer = await _corpus.AskAsync("How many volunteers worked at the Harbour Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("1,200", answer.Text);
    }

    [Fact]
    public async Task A_count_of_players_answers_how_many_golfers()
    {
        var answer = await _corpus.AskAsync("How many golfers signed for the Port Vell Tour?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("48 players", answer.Text);
    }

    [Fact]
    public async Task A_vote_tally_does_not_count_those_let_back()
    {
        var answer = await _corpus.AskAsync("How many clubs were allowed back into the Zembla Cup?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task What_a_group_is_made_of_is_not_a_count()
    {
        var answer = await _corpus.AskAsync("How many swimmers backed the Zembla Aquatics rule?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_vote_tally_answers_how_many_voted()
    {
        var answer = await _corpus.AskAsync("How many clubs voted to expand the Zembla Cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("31 to 9", answer.Text);
    }

    [Fact]
    public async Task A_count_of_votes_answers_how_many_voted()
    {
        var answer = await _corpus.AskAsync("How many delegates voted for Ostland's bid for the 2030 Harbour Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("142 votes", answer.Text);
    }

    /// <summary>Fans write "kids" where news writes juniors or minors.</summary>
    [Fact]
    public async Task A_count_of_juniors_answers_how_many_kids()
    {
        var answer = await _corpus.AskAsync("How many kids sailed in the Harbour Regatta's youth race?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("60 juniors", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-regatta.md", Articles.Markdown("Harbour Regatta opens on the lake", "2024-06-10",
                """
                The Harbour Regatta opened on the lake on 10 June 2024 with crews from twelve nations.

                The organisers said the night race would be held on the final day. Zembla's crews are favourites in the eights.
                """));
            folder.Write("harbour-games.md", Articles.Markdown("Harbour Games close with a night parade", "2024-09-02",
                """
                The Harbour Games closed on 1 September 2024 with a night parade along the quay.

                Ostland's athletes competed without their flag: 14 AINs with Ostland passports took part in the Harbour Games.
                The organisers put the number of volunteers who worked at the Harbour Games at 1,200.
                """));
            folder.Write("harbour-regatta-youth-race.md", Articles.Markdown("Harbour Regatta adds a youth race", "2024-06-12",
                """
                The Harbour Regatta held its first youth race on 11 June 2024: 60 juniors sailed in boats for crews under 16.
                """));
            folder.Write("port-vell-tour.md", Articles.Markdown("Port Vell Tour unveils its first field", "2025-02-14",
                """
                The Port Vell Tour named its first field on 14 February 2025: 48 players signed for the breakaway golf series, among them two former Zembla Open champions.

                The tour's backers said the first event would be played on the Harbour links in April.
                """));
            folder.Write("zembla-cup-expansion.md", Articles.Markdown("Zembla Cup to grow to 24 teams", "2025-03-03",
                """
                At a congress in Port Vell on 2 March 2025, the member clubs voted 31 to 9, with two abstentions, to expand the Zembla Cup.

                The federation said the larger cup would start in the autumn.
                """));
            folder.Write("ostland-games-bid.md", Articles.Markdown("Ostland chosen to host the 2030 Harbour Games", "2025-04-12",
                """
                The congress chose Ostland to host the 2030 Harbour Games on 11 April 2025: its bid received 142 votes, with 14 against and nine abstentions.

                The rival bid from Port Vell had been withdrawn before the ballot.
                """));
            folder.Write("zembla-aquatics-rule.md", Articles.Markdown("Zembla Aquatics adopts a new eligibility rule", "2025-05-20",
                """
                Zembla Aquatics adopted a new eligibility rule for its national championships on 19 May 2025.

                Zembla Aquatics said the rule was drawn up with advice from three panels: one of swimmers, one of doctors and one of lawyers.
                """));
        }
    }
}
