using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A word the asker types in lower case is read as a name when the retrieved stories only ever write it capitalised
/// ("regatta" beside "the Harbour Regatta"). The asker did not name it, though: it describes the matter in their
/// words, so the story that answers need not contain it, as it must contain a name the asker wrote as one.
/// </summary>
public sealed class NamesBySourcesOnlyTests : IClassFixture<NamesBySourcesOnlyTests.Corpus>
{
    private readonly Corpus _corpus;

    public NamesBySourcesOnlyTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_lower_case_word_only_another_story_capitalises_need_not_be_in_the_answering_story()
    {
        var answer = await _corpus.AskAsync("Why did the Lakeside federation ban purple uniforms before the regatta?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("tell the crews apart", answer.Text);
    }

    [Fact]
    public async Task A_name_the_asker_writes_capitalised_must_still_be_in_the_answering_story()
    {
        var answer = await _corpus.AskAsync("Why did the Lakeside federation ban purple uniforms before the Harbour Regatta?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("lakeside-purple-uniforms.md", Articles.Markdown("Lakeside federation bans purple uniforms", "2025-05-02",
                """
                The Lakeside rowing federation has banned purple uniforms at its events from June 2025.

                The federation said the ban was needed because judges could not tell the crews apart in poor light.
                """));
            folder.Write("harbour-regatta-record.md", Articles.Markdown("Record entry for the Harbour Regatta", "2025-05-20",
                """
                A record 140 crews have entered the Harbour Regatta, which opens on 14 June 2025 in Port Vell.

                Organisers said the Regatta would add a second course to cope with the entries.
                """));
        }
    }
}
