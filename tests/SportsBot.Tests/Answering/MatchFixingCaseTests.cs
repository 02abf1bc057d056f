using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A match-fixing case against three tennis players, told over two stories. Each test is a question a first reader got
/// wrong on a case like it.
/// </summary>
public sealed class MatchFixingCaseTests : IClassFixture<MatchFixingCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public MatchFixingCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Dollars_a_match_and_players_charged_with_fixing_matches_count_no_matches()
    {
        var answer = await _corpus.AskAsync("How many matches did Kovan fix?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Matches_a_player_admitted_fixing_are_still_counted()
    {
        var answer = await _corpus.AskAsync("How many matches did Brel fix?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("five matches", answer.Text);
    }

    [Fact]
    public async Task The_players_named_in_the_sentence_after_the_charge_are_those_charged()
    {
        var answer = await _corpus.AskAsync("Which players were charged with match-fixing?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Pavel Kovan", answer.Text);
    }

    [Fact]
    public async Task A_body_after_the_word_the_that_no_story_names_is_not_covered()
    {
        var answer = await _corpus.AskAsync("Did the ATP comment on the charges?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_player_of_a_country_says_where_he_is_from()
    {
        var answer = await _corpus.AskAsync("Which country is Sorin from?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Moldova", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("players-charged.md", Articles.Markdown("Tennis integrity body charges three players over fixed matches", "2025-01-20",
                """
                The Racket Integrity Office has charged three players with fixing matches at lower-level tournaments in 2023.

                The players are Pavel Kovan of Latvia, Ivo Brel of Croatia and Mihai Sorin of Moldova. The office said betting syndicates paid them between 2,000 and 8,000 dollars a match.

                Kovan, ranked 212th in the world, denied the charges. Brel and Sorin did not respond to requests for comment.
                """));
            folder.Write("brel-banned.md", Articles.Markdown("Brel admits fixing, banned for seven years", "2025-04-09",
                """
                Ivo Brel has been banned from tennis for seven years and fined 40,000 dollars after admitting that he fixed five matches.

                An independent tribunal said the Croatian player had cooperated with investigators.
                """));
        }
    }
}
