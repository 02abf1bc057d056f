namespace SportsBot.Core.Knowledge;

/// <summary>Turns text into unit-length vectors. Implementations name the model so stored vectors can be matched to it.</summary>
public interface IEmbedder
{
    string ModelName { get; }

    int Dimensions { get; }

    /// <summary>Passages and sentences: what is searched.</summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>A question: what is searched for. Some models embed questions differently from passages.</summary>
    Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken);
}
