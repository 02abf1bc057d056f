using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A question about one sport is answered from stories about it; a story about another sport may still answer
/// with a sentence that names the asked sport itself, and only with such a sentence.
/// </summary>
public sealed class SportInPassingTests : IClassFixture<SportInPassingTests.Corpus>
{
    private readonly Corpus _corpus;

    public SportInPassingTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sentence_about_swimming_in_an_athletics_story_answers_a_swimming_question()
    {
        var answer = await _corpus.AskAsync("Has Zembla's swimming federation banned anything?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("swimsuits", answer.Text);
    }

    [Fact]
    public async Task The_athletics_sentences_of_that_story_still_do_not_answer_a_swimming_question()
    {
        var answer = await _corpus.AskAsync("Why did Zembla's swimming federation ban spikes?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("zembla-athletics-spikes.md", Articles.Markdown("Zembla Athletics bans carbon-plated spikes", "2024-06-01",
                """
                Zembla Athletics has banned carbon-plated spikes at all national meetings from 1 July 2024.

                The federation said the shoes gave an unfair advantage to those who could afford them.

                Zembla Aquatics, the country's swimming federation, adopted a similar ban on high-tech swimsuits in May 2024.
                """));
    }
}
