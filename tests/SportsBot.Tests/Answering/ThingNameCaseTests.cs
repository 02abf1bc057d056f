using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A hockey club's move to an arena still unnamed, and a yacht boarded in a military zone: things asked for by name,
/// "whats the name of…", typed the way fans type it.
/// </summary>
public sealed class ThingNameCaseTests : IClassFixture<ThingNameCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ThingNameCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"whats the name of the new arena in aurovik?" was answered with a sentence about the arena that names none.</summary>
    [Fact]
    public async Task An_arena_the_stories_do_not_name_is_not_named()
    {
        var answer = await _corpus.AskAsync("whats the name of the new arena in brennholm?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"whats the name of the torvalian boat that got stopped?" was answered with a sentence calling it only "a yacht".</summary>
    [Fact]
    public async Task A_boat_is_named_where_the_story_names_the_yacht()
    {
        var answer = await _corpus.AskAsync("whats the name of the boat that was boarded?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Sea Wren", answer.Text);
    }

    /// <summary>"what was the name of the coastguard vessel that boarded the yacht" was answered with the yacht's name.</summary>
    [Fact]
    public async Task The_vessel_that_boarded_a_yacht_is_not_the_yacht()
    {
        var answer = await _corpus.AskAsync("what was the name of the coastguard vessel that boarded the yacht");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>An arena the story does name is named.</summary>
    [Fact]
    public async Task An_arena_named_beside_the_word_for_it_is_named()
    {
        var answer = await _corpus.AskAsync("what's the name of the ravens' current arena?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Tollhallen", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ravens-move.md", Articles.Markdown("League approves Tolby Ravens' move to Brennholm", "2025-02-20",
                """
                The hockey league board has approved the Tolby Ravens' move to the capital, Brennholm, from the 2026-27 season.

                The Ravens will play at a new 8,000-seat arena being built in Brennholm's harbour district.

                Their current arena, the Tollhallen, holds 3,900.
                """));
            folder.Write("sea-wren-boarded.md", Articles.Markdown("Coastguard boards race yacht in military zone", "2025-07-10",
                """
                The coastguard has detained the crew of a race yacht after the boat sailed into a restricted military zone off Kessa island.

                Sea Wren, a 12-metre yacht with six sailors on board, was boarded by an armed patrol on Monday.
                """));
        }
    }
}
