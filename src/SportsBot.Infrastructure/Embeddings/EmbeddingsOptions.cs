using System.ComponentModel.DataAnnotations;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>The <c>Embeddings</c> section. Stored vectors record their model; changing it re-embeds them at the next start.</summary>
public sealed class EmbeddingsOptions : IValidatableObject
{
    public const string Section = "Embeddings";

    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.MiniLM;

    /// <summary>Base URL of an OpenAI-compatible embeddings API (OpenAI provider only), e.g. <c>http://localhost:11434/v1</c>.</summary>
    public string Endpoint { get; set; } = "https://api.openai.com/v1";

    /// <summary>Embedding model of the OpenAI provider, e.g. text-embedding-3-small, or nomic-embed-text on Ollama.</summary>
    public string Model { get; set; } = "text-embedding-3-small";

    /// <summary>Secret: user secrets or the <c>Embeddings__ApiKey</c> environment variable. Local servers need none.</summary>
    public string? ApiKey { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Put before a question (not before passages) when it is embedded, for models trained that way. Empty uses
    /// the model's own: arctic-embed's "Represent this sentence for searching relevant passages: ", none for MiniLM.
    /// </summary>
    public string? QueryPrefix { get; set; }

    /// <summary>
    /// Where a bundled model (MiniLM, ArcticXs) is copied out of its package on first use, so it is read from a file
    /// and held in memory once. Empty uses a <c>sportsbot-models</c> folder in the system's temporary directory;
    /// a missing or damaged copy is written again.
    /// </summary>
    public string? ModelDirectory { get; set; }

    public string EffectiveModelDirectory => !string.IsNullOrWhiteSpace(ModelDirectory) ? ModelDirectory
        : Path.Combine(Path.GetTempPath(), "sportsbot-models");

    public string EffectiveQueryPrefix => !string.IsNullOrEmpty(QueryPrefix) ? QueryPrefix
        : Provider == EmbeddingProvider.ArcticXs ? "Represent this sentence for searching relevant passages: "
        : string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != EmbeddingProvider.OpenAI)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Embeddings:Model is required when Embeddings:Provider is OpenAI.", [nameof(Model)]);
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Embeddings:Endpoint must be an http(s) URL; \"{Endpoint}\" is not.", [nameof(Endpoint)]);
        }
        else if (string.IsNullOrWhiteSpace(ApiKey) && uri.Host.Equals("api.openai.com", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Embeddings:ApiKey is required for api.openai.com; set it with the Embeddings__ApiKey environment variable or dotnet user-secrets.", [nameof(ApiKey)]);
        }
    }
}
