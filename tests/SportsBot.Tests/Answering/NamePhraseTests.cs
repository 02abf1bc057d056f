using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A name of several words is one name: a sentence about "Nordic Union" does not name "Nordic League", and the
/// role a who-question asks about is the fact asked for, not a name of its subject.
/// </summary>
public sealed class NamePhraseTests : IClassFixture<NamePhraseTests.Corpus>
{
    private readonly Corpus _corpus;

    public NamePhraseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_president_of_one_federation_is_not_given_as_the_president_of_another_that_shares_a_word_of_its_name()
    {
        var answer = await _corpus.AskAsync("Who is the president of Nordic League?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_president_of_the_federation_the_story_is_about_is_still_given()
    {
        var answer = await _corpus.AskAsync("Who is the president of Nordic Union?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lena Dahl", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("nordic-union-wax.md", Articles.Markdown("Nordic Union bans fluorinated wax at every event", "2024-10-02",
                """
                The Nordic Union, the body that runs cross-country racing in the region, has banned fluorinated wax at all of its events from November.

                Announcing it, Nordic Union President Lena Dahl said the ban protected athletes and the snow they race on.

                Testers will check skis before each race. The Nordic League, which runs the region's regattas, said it had no plans to follow.
                """));
    }
}
