using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sprinter's podium protest told over three stories: the gesture, the punishment, the rule change. Each test is a
/// question a first reader got wrong on a case like it.
/// </summary>
public sealed class PodiumProtestCaseTests : IClassFixture<PodiumProtestCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public PodiumProtestCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_a_body_named_like_athletes_said_is_its_words_not_an_athlete()
    {
        var answer = await _corpus.AskAsync("What did Athlete Voice say about the punishment?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("revenge, not discipline", answer.Text);
    }

    [Fact]
    public async Task A_race_time_is_the_seconds_run_not_the_day_of_the_race()
    {
        var answer = await _corpus.AskAsync("What time did Maren run in the 400 metres?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("44.90 seconds", answer.Text);
    }

    [Fact]
    public async Task Seconds_are_a_length_of_time()
    {
        var answer = await _corpus.AskAsync("How long did Maren hold the gesture?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("about eight seconds", answer.Text);
    }

    [Fact]
    public async Task Where_the_games_were_held_is_the_place_named_with_them()
    {
        var answer = await _corpus.AskAsync("Where were the Northern Games held?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Tarvik", answer.Text);
    }

    [Fact]
    public async Task Where_the_next_games_will_be_held_is_not_a_place_the_last_ones_were_in()
    {
        var answer = await _corpus.AskAsync("Where will the 2027 Northern Games be held?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("maren-fist.md", Articles.Markdown("Sprinter Maren raises fist on Northern Games podium", "2025-08-30",
                """
                Sprinter Ida Maren raised a clenched fist on the medal podium at the Northern Games in Tarvik on Thursday, in protest at the jailing of coaches in her home country, Ostmark.

                Maren, 25, had won gold in the 400 metres in 44.90 seconds. She held the gesture for about eight seconds while the anthem played.

                Games rules forbid political gestures on the podium.
                """));
            folder.Write("maren-fined.md", Articles.Markdown("Maren reprimanded but keeps gold", "2025-09-12",
                """
                Ida Maren will keep her 400 metres gold medal from the Northern Games, after the organising committee gave her a written reprimand.

                The Ostmark Athletics Federation fined Maren 4,000 euros and dropped her from the national team.

                The athletes' union, Athlete Voice, said the federation's punishment was "revenge, not discipline".
                """));
            folder.Write("podium-rules.md", Articles.Markdown("Northern Games to allow podium gestures from 2027", "2026-01-10",
                """
                Athletes will be allowed to make gestures on the medal podium at the next Northern Games, in 2027, after the organisers changed their rules on Friday.

                The change follows the case of Ostmark sprinter Ida Maren, who raised her fist on the podium in Tarvik last August.

                Banners and signs remain banned.
                """));
        }
    }
}
