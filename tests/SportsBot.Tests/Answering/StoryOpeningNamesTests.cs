using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A news story says in its opening paragraph who and where it is about, and its later sentences go on without
/// repeating it ("Kharlan was then given a black card" after "Ukrainian fencer Olga Kharlan… in Milan"). Such a
/// sentence is about the names its story opens with; it had been refused as naming none of the question's names.
/// </summary>
public sealed class StoryOpeningNamesTests : IClassFixture<StoryOpeningNamesTests.Corpus>
{
    private readonly Corpus _corpus;

    public StoryOpeningNamesTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_later_sentence_answers_for_the_names_its_story_opens_with()
    {
        var answer = await _corpus.AskAsync("What penalty did the referee give the Ostlandic fencer in Vell?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("black card", answer.Text);
    }

    /// <summary>Quoted alone, "The referee then gave her a black card" does not say who she is: the story's opening comes first.</summary>
    [Fact]
    public async Task Such_a_sentence_is_quoted_after_the_opening_that_says_whom_it_is_about()
    {
        var answer = await _corpus.AskAsync("What penalty did the referee give the Ostlandic fencer in Vell?");

        Assert.Contains("Mira Kolar", answer.Text);
        Assert.True(answer.Text.IndexOf("Mira Kolar", StringComparison.Ordinal) < answer.Text.IndexOf("black card", StringComparison.Ordinal), answer.Text);
    }

    /// <summary>A place the story names only in passing, further down, does not make its other sentences about that place.</summary>
    [Fact]
    public async Task A_story_that_names_the_place_only_after_its_opening_does_not_answer_for_it()
    {
        var answer = await _corpus.AskAsync("What penalty did the referee give the finalist in Port Arno?");

        Assert.DoesNotContain("yellow card", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("kolar-cleared-to-return.md", Articles.Markdown("Fencer cleared to return after handshake row", "2025-07-29",
                """
                Ostlandic fencer Mira Kolar has been cleared to return to the world championships in Vell, a day after she was disqualified.

                Kolar beat her opponent 15-7 in the first round and held out her sabre instead of shaking hands.

                The referee then gave her a black card, the most serious penalty in the sport, which removed her from the individual event.
                """));
            folder.Write("junior-cup-protest.md", Articles.Markdown("Junior cup final ends in protest", "2025-06-02",
                """
                The junior fencing cup ended in protest on Sunday after a disputed final.

                The referee gave the losing finalist a yellow card, the mildest penalty in the sport, for arguing.

                Next year's cup will be held in Port Arno.
                """));
        }
    }
}
