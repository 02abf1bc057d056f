using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>Numbers sources in order of first use; each citation quotes every sentence the answer took from it.</summary>
internal sealed class AnswerCitations
{
    private readonly List<(Article Article, RetrievedPassage Passage, List<string> Quotes)> _cited = [];
    private readonly HashSet<(ArticleId, int)> _quoted = [];
    private readonly Dictionary<(ArticleId, int), string> _asQuoted = [];

    public int Count => _cited.Count;

    public bool HasQuoted(ArticleId article, int index) => _quoted.Contains((article, index));

    /// <summary>Counts a sentence of the answer a follow-up follows as quoted: what the asker has just read is not brought again as what another sentence refers to.</summary>
    public void AlreadySaid(EvidenceSentence evidence) => _quoted.Add((evidence.Passage.Article.Id, evidence.Sentence.Index));

    /// <summary>The sentence as the answer quotes it: with what it refers to, unless the answer already quoted that.</summary>
    public string Quote(EvidenceSentence evidence)
    {
        var id = evidence.Passage.Article.Id;
        var sentence = evidence.Sentence;
        _quoted.Add((id, sentence.Index));
        // What it refers to comes with it, unless the answer has quoted that already.
        var referred = sentence.Referred;
        var quoted = referred.Count > 0 && _quoted.Add((id, referred[^1].Index))
            ? string.Join(' ', referred.SkipLast(1).Where(r => _quoted.Add((id, r.Index))).Append(referred[^1]).Select(r => r.Text).Append(sentence.Text))
            : sentence.Text;
        _asQuoted[(id, sentence.Index)] = quoted;
        return quoted;
    }

    public int Cite(EvidenceSentence evidence)
    {
        var index = _cited.FindIndex(c => c.Article.Id == evidence.Passage.Article.Id);
        if (index < 0)
        {
            _cited.Add((evidence.Passage.Article, evidence.Passage, []));
            index = _cited.Count - 1;
        }

        // The citation quotes what the answer quoted: a sentence it points back to only once.
        _cited[index].Quotes.Add(_asQuoted.GetValueOrDefault((evidence.Passage.Article.Id, evidence.Sentence.Index), evidence.Sentence.WithAntecedent));
        return index + 1;
    }

    public List<Citation> ToList() =>
    [
        .. _cited.Select((c, i) => new Citation(
            i + 1,
            c.Article.Title,
            c.Article.Source,
            c.Article.Url,
            c.Article.Published,
            c.Article.Id.Value,
            string.Join(" … ", c.Quotes),
            Math.Round(c.Passage.Similarity, 3))),
    ];
}
