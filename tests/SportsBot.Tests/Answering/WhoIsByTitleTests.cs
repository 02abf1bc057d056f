using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who is Thomas Bach?" is answered by "IOC President Thomas Bach, himself a former Olympic fencing champion": a
/// title before a name, or a description after it that "himself" or "herself" opens, says who its bearer is. It had
/// been answered "My sources don't cover that."
/// </summary>
public sealed class WhoIsByTitleTests : IClassFixture<WhoIsByTitleTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoIsByTitleTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_title_before_a_name_says_who_its_bearer_is()
    {
        var answer = await _corpus.AskAsync("Who is Lena Dahl?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("President Lena Dahl", answer.Text);
    }

    [Fact]
    public async Task A_description_opened_by_herself_says_who_she_is()
    {
        var answer = await _corpus.AskAsync("Who is Mira Solberg?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("herself a former world champion", answer.Text);
    }

    [Fact]
    public async Task A_name_only_mentioned_is_not_defined()
    {
        var answer = await _corpus.AskAsync("Who is Eva Lind?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("zembla-games-place.md", Articles.Markdown("Zembla Games guarantee a place to Solberg", "2025-03-03",
                """
                The Zembla Games committee has guaranteed a place at this summer's Games to a fencer disqualified last week.

                On 2 March, Zembla Games Committee President Lena Dahl wrote to Mira Solberg, herself a former world champion, to say she would not need to qualify. Solberg had refused to shake hands with Eva Lind after their bout.
                """));
    }
}
