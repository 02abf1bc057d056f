namespace SportsBot.Core.Knowledge;

/// <summary>Turns text into unit-length vectors. Implementations name the model so stored vectors can be matched to it.</summary>
public interface IEmbedder
{
    string ModelName { get; }

    int Dimensions { get; }

    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
