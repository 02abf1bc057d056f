using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "How did Russia's sports minister react to the CAS ruling?" was answered with what the Court of Arbitration for
/// Sport decided, and "What did Ukraine's president say…?" with IOC President Thomas Bach: one word of the asked
/// speaker was enough. Someone asked for by office is named by the office and whose it is.
/// </summary>
public sealed class SpeakerOfficeTests : IClassFixture<SpeakerOfficeTests.Corpus>
{
    private readonly Corpus _corpus;

    public SpeakerOfficeTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Another_countrys_minister_does_not_speak_for_the_one_asked_about()
    {
        var answer = await _corpus.AskAsync("What did Ostland's sports minister say about the ban?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_body_of_the_country_does_not_speak_for_its_minister()
    {
        var answer = await _corpus.AskAsync("How did Ostland's sports minister react to the ban?");

        Assert.DoesNotContain("Olympic Committee", answer.Text);
    }

    [Fact]
    public async Task The_minister_asked_about_answers()
    {
        var answer = await _corpus.AskAsync("What did Zembla's sports minister say about the ban?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ivo Kral", answer.Parts[0].Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-bans-ostland-fencers.md", Articles.Markdown("Zembla federation bans Ostland's fencers", "2025-06-02",
                """
                The Zembla Fencing Federation banned Ostland's fencers from its events on 1 June, citing unpaid fees.

                The Ostland Olympic Committee said the ban was unfair and would be appealed.

                Zembla's Sports Minister Ivo Kral said the federation had acted within its rules.
                """));
        }
    }
}
