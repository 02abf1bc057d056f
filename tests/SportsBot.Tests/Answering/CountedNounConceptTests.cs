using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "How many countries…" is answered by a count of nations: the counted noun may be any word of its concept, a short
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
        }
    }
}
