using SportsBot.Core.Search;
using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>
/// The answerer reads every sentence of the leading stories on each question, and questions keep landing on the
/// same stories: a text is stemmed once, and read again from what was kept.
/// </summary>
public sealed class TermMatcherReadingTests : IDisposable
{
    private const string Sentence = "The federation said neutral athletes may compete in Paris.";

    private readonly CountingStemmer _stemmer = new();
    private readonly TermMatcher _matcher;

    public TermMatcherReadingTests() => _matcher = new TermMatcher(_stemmer, new AliasTable(), new ConceptTable(new SnowballWordStemmer()));

    public void Dispose() => _matcher.Dispose();

    [Fact]
    public void A_text_read_again_is_not_stemmed_again_and_mentions_the_same_words()
    {
        var first = _matcher.Read(Sentence);
        var stemmed = _stemmer.Calls;

        var again = _matcher.Read(Sentence);

        Assert.Equal(stemmed, _stemmer.Calls);
        Assert.True(_matcher.Mentions(again, _matcher.Term("competing", isName: false)));
        Assert.Equal(first.Stems.Order(), again.Stems.Order());
    }

    [Fact]
    public void After_forgetting_a_text_is_stemmed_afresh()
    {
        _matcher.Read(Sentence);
        var stemmed = _stemmer.Calls;

        _matcher.Forget();
        _matcher.Read(Sentence);

        Assert.True(_stemmer.Calls > stemmed);
    }

    private sealed class CountingStemmer : IWordStemmer
    {
        private readonly SnowballWordStemmer _inner = new();
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string Stem(string word)
        {
            Interlocked.Increment(ref _calls);
            return _inner.Stem(word);
        }
    }
}
