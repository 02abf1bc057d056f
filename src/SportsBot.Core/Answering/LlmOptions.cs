using System.ComponentModel.DataAnnotations;

namespace SportsBot.Core.Answering;

/// <summary>The <c>Llm</c> section: which model writes answers, where it lives, and how much it may take and spend.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    public const string OpenAIEndpoint = "https://api.openai.com/v1";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Base URL of the API, e.g. <c>http://localhost:11434/v1</c> for Ollama. For Azure, the resource URL.</summary>
    public string Endpoint { get; set; } = OpenAIEndpoint;

    /// <summary>Model name (OpenAI, Ollama …) or deployment name (Azure).</summary>
    public string? Model { get; set; }

    /// <summary>Secret: set it in user secrets or the <c>Llm__ApiKey</c> environment variable. Local servers need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take before the extractive answer is used instead.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    [Range(16, 32_000)]
    public int MaxOutputTokens { get; set; } = 600;

    /// <summary>Most source text sent with one question, in tokens (estimated at four characters a token).</summary>
    [Range(100, 200_000)]
    public int ContextBudgetTokens { get; set; } = 2_500;

    /// <summary>Most sources sent with one question; fewer when the budget runs out first.</summary>
    [Range(1, 20)]
    public int MaxSources { get; set; } = 5;

    /// <summary>Folder of Semantic Kernel prompt functions (Answer, RewriteFollowUp); relative paths are tried in the
    /// working directory, then next to the program (the build copies prompts/ there).</summary>
    [Required(AllowEmptyStrings = false)]
    public string PromptsDirectory { get; set; } = "prompts";

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == LlmProvider.None)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"Llm:Model is required when Llm:Provider is {Provider} ({(Provider == LlmProvider.AzureOpenAI ? "the deployment name" : "e.g. gpt-4o-mini, or llama3.1 for Ollama")}).", [nameof(Model)]);
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Llm:Endpoint must be an http(s) URL; \"{Endpoint}\" is not.", [nameof(Endpoint)]);
        }
        else if (Provider == LlmProvider.AzureOpenAI && uri.Host.Equals(new Uri(OpenAIEndpoint).Host, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Llm:Endpoint must be your Azure OpenAI resource URL, e.g. https://my-resource.openai.azure.com.", [nameof(Endpoint)]);
        }
        else if (string.IsNullOrWhiteSpace(ApiKey) && (Provider == LlmProvider.AzureOpenAI || uri.Host.Equals(new Uri(OpenAIEndpoint).Host, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult($"Llm:ApiKey is required for {uri.Host}; set it with the Llm__ApiKey environment variable or dotnet user-secrets.", [nameof(ApiKey)]);
        }
    }
}
