using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>
/// A name is found as itself or a form of it ("Russia's", "Olympic" for "Olympics"), not as another word the stemmer
/// cuts to the same stem: "Federer" and "federation" are both "feder".
/// </summary>
public sealed class NameWrittenAlikeTests : IDisposable
{
    private readonly TermMatcher _matcher = new(new SnowballWordStemmer(), new AliasTable(), new ConceptTable(new SnowballWordStemmer()));

    public void Dispose() => _matcher.Dispose();

    [Theory]
    [InlineData("Federer", "The Spanish football federation has banned its president.", false)]
    [InlineData("Federer", "Roger Federer's last match was in London.", true)]
    [InlineData("Russia", "Russia's appeal was dismissed.", true)]
    [InlineData("Olympics", "He missed the Olympic final.", true)]
    [InlineData("Kharlan", "Kharlan won bronze.", true)]
    [InlineData("Ozil", "Mesut Özil retired from international football.", true)]
    public void A_name_is_mentioned_only_when_a_word_is_written_as_it(string name, string text, bool mentioned)
    {
        Assert.Equal(mentioned, _matcher.Mentions(_matcher.Read(text), _matcher.Term(name, isName: true)));
    }

    [Fact]
    public void A_word_that_is_not_a_name_is_still_found_in_any_form()
    {
        Assert.True(_matcher.Mentions(_matcher.Read("The federations voted."), _matcher.Term("federation", isName: false)));
    }
}
