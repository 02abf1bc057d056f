using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Chooses what source text goes to the model within a token budget. Passages come from retrieval newest-relevant
/// first; each gets its best chunk before any gets a second, so a long lead article cannot crowd out a newer
/// report on the same matter. Tokens are estimated at four characters each: close enough for English news, and
/// Core needs no tokenizer of any one model.
/// </summary>
public static class SourceBudget
{
    public const int CharsPerToken = 4;

    /// <summary>Title, outlet, date and fence lines of one source, in tokens.</summary>
    private const int HeaderTokens = 40;

    public static IReadOnlyList<PromptSource> Select(IReadOnlyList<RetrievedPassage> passages, int maxSources, int budgetTokens)
    {
        var candidates = passages.Where(p => p.Chunks.Count > 0).Take(maxSources).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        // The lead's best chunk always goes, cut to fit if it must: a smaller chunk of a weaker source is no substitute.
        var leadChunk = candidates[0].Chunks[0];
        var room = Math.Max(1, budgetTokens - HeaderTokens) * CharsPerToken;
        var leadText = leadChunk.Chunk.Text.Length <= room ? null : leadChunk.Chunk.Text[..room].TrimEnd() + " …";
        var left = budgetTokens - HeaderTokens - Tokens(leadText ?? leadChunk.Chunk.Text);

        var chosen = candidates.Select((_, i) => i == 0 ? new List<StoredChunk> { leadChunk } : []).ToList();
        var deepest = candidates.Max(p => p.Chunks.Count);
        for (var depth = 0; depth < deepest && leadText is null; depth++)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if ((i == 0 && depth == 0) || depth >= candidates[i].Chunks.Count || (depth > 0 && chosen[i].Count == 0))
                {
                    continue;
                }

                var chunk = candidates[i].Chunks[depth];
                var cost = Tokens(chunk.Chunk.Text) + (depth == 0 ? HeaderTokens : 0);
                if (cost <= left)
                {
                    chosen[i].Add(chunk);
                    left -= cost;
                }
            }
        }

        var sources = new List<PromptSource>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (chosen[i].Count > 0)
            {
                var ordered = chosen[i].OrderBy(c => c.Chunk.Ordinal).ToList();
                var text = i == 0 && leadText is not null ? leadText : string.Join(" … ", ordered.Select(c => c.Chunk.Text));
                sources.Add(new PromptSource(sources.Count + 1, candidates[i], ordered, text));
            }
        }

        return sources;
    }

    public static int Tokens(string text) => (text.Length + CharsPerToken - 1) / CharsPerToken;
}
