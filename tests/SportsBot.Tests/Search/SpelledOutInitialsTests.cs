using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>A body spelled out in a story is named by its initials, though no table lists them.</summary>
public sealed class SpelledOutInitialsTests : IDisposable
{
    private readonly TermMatcher _matcher = new(new SnowballWordStemmer(), new AliasTable(), new ConceptTable(new SnowballWordStemmer()));

    public void Dispose() => _matcher.Dispose();

    [Fact]
    public void A_name_spelled_out_is_named_by_its_initials()
    {
        var text = _matcher.Read("The Valdonian Basketball Federation's board has named Ana Corran as interim president.");

        Assert.True(_matcher.Mentions(text, _matcher.Term("vbf", isName: true)));
    }

    [Fact]
    public void A_headline_ending_in_a_name_does_not_run_into_the_name_opening_the_story()
    {
        var text = _matcher.Read("Ana Corran named interim president of Valdonian Basketball Federation\nThe Valdonian Basketball Federation's board has named Ana Corran as interim president.");

        Assert.True(_matcher.Mentions(text, _matcher.Term("vbf", isName: true)));
    }
}
