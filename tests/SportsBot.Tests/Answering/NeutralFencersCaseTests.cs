using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Fencers of a country at war let back as neutrals, and the other side's challenge: questions a first reader got
/// wrong on stories like these.
/// </summary>
public sealed class NeutralFencersCaseTests : IClassFixture<NeutralFencersCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public NeutralFencersCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_another_country_did_does_not_answer_whether_this_one_did_it()
    {
        var answer = await _corpus.AskAsync("Did Doria appeal to CAS?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task What_the_country_named_did_is_still_answered()
    {
        var answer = await _corpus.AskAsync("Did Veland appeal to CAS?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("challenge", answer.Text);
    }

    [Fact]
    public async Task Where_a_congress_was_held_is_the_place_the_sentence_gives_the_congress()
    {
        var answer = await _corpus.AskAsync("Where was the FIE congress held?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Tunis", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("doria-neutrals.md", Articles.Markdown("Dorian fencers allowed back as neutrals", "2024-11-04",
                """
                The FIE voted on Saturday to let fencers from Doria return to competition as neutral athletes, two years after they were excluded over Doria's invasion of Veland.

                The decision was passed by 71 votes to 52 at the union's congress in Tunis. Veland's federation said it would challenge it at the Court of Arbitration for Sport.

                Each neutral fencer must be cleared by a review panel before entering an event.
                """));
        }
    }
}
