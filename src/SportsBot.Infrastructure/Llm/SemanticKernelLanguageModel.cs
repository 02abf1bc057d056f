using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SportsBot.Core;
using SportsBot.Core.Answering;

namespace SportsBot.Infrastructure.Llm;

/// <summary>
/// Core's <see cref="ILanguageModel"/> through Semantic Kernel: the OpenAI connector (any OpenAI-compatible
/// endpoint) or the Azure OpenAI one, and the prompt functions in <c>prompts/</c> loaded with the kernel's
/// prompt-directory loader. It translates: variables in, text out, SDK failures into
/// <see cref="LanguageModelException"/>. The kernel is built on first use, so a bad endpoint never stops the
/// extractive answers, and deciding what to do with the text is left to Core.
/// </summary>
public sealed class SemanticKernelLanguageModel : ILanguageModel, IDisposable
{
    public const string PluginName = "SportsBot";
    public const string AnswerFunction = "Answer";
    public const string RewriteFollowUpFunction = "RewriteFollowUp";
    public const string TranslateQuestionFunction = "TranslateQuestion";

    private readonly LlmOptions _options;
    private readonly Lazy<(Kernel Kernel, KernelPlugin Prompts)> _kernel;

    /// <summary>Core puts Llm:TimeoutSeconds on every call; a second clock here would only race it.</summary>
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public SemanticKernelLanguageModel(IOptions<LlmOptions> options)
    {
        _options = options.Value;
        _kernel = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Task<string> WriteAnswerAsync(AnswerPrompt prompt, CancellationToken cancellationToken) =>
        InvokeAsync(
            AnswerFunction,
            new() { ["sources"] = prompt.Sources, ["question"] = prompt.Question, ["today"] = prompt.Today },
            cancellationToken);

    public Task<string> RewriteFollowUpAsync(FollowUpPrompt prompt, CancellationToken cancellationToken) =>
        InvokeAsync(
            RewriteFollowUpFunction,
            new() { ["previous_question"] = prompt.PreviousQuestion, ["previous_answer"] = prompt.PreviousAnswer, ["follow_up"] = prompt.FollowUp },
            cancellationToken);

    public Task<string> TranslateQuestionAsync(TranslationPrompt prompt, CancellationToken cancellationToken) =>
        InvokeAsync(
            TranslateQuestionFunction,
            new() { ["question"] = prompt.Question, ["language"] = prompt.Language },
            cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<string> InvokeAsync(string functionName, Dictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var (kernel, prompts) = _kernel.Value;
        if (!prompts.TryGetFunction(functionName, out var function))
        {
            throw new LanguageModelException($"the prompt {functionName} is missing from {_options.PromptsDirectory}");
        }

        var arguments = new KernelArguments(Settings(function));
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        try
        {
            var result = await kernel.InvokeAsync(function, arguments, cancellationToken);
            return result.GetValue<string>() ?? string.Empty;
        }
        catch (HttpOperationException ex) when (ex.StatusCode is { } status)
        {
            throw new LanguageModelException(Describe(status), ex);
        }
        catch (Exception ex) when (NetworkFailure(ex) is { } network)
        {
            throw new LanguageModelException($"could not reach the model server ({network.Message})", ex);
        }
    }

    /// <summary>The prompt's own settings (temperature …) with the configured output limit.</summary>
    private PromptExecutionSettings Settings(KernelFunction function)
    {
        var configured = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId) ?? new PromptExecutionSettings();
        if (_options.Provider == LlmProvider.AzureOpenAI)
        {
            var azure = (AzureOpenAIPromptExecutionSettings)AzureOpenAIPromptExecutionSettings.FromExecutionSettings(configured).Clone();
            azure.MaxTokens = _options.MaxOutputTokens;
            return azure;
        }

        var openAI = (OpenAIPromptExecutionSettings)OpenAIPromptExecutionSettings.FromExecutionSettings(configured).Clone();
        openAI.MaxTokens = _options.MaxOutputTokens;
        return openAI;
    }

    private (Kernel Kernel, KernelPlugin Prompts) Build()
    {
        var folder = ProgramFolder.Resolve(_options.PromptsDirectory)
            ?? throw new LanguageModelException($"the prompt folder {_options.PromptsDirectory} was not found");
        var builder = Kernel.CreateBuilder();
        var apiKey = string.IsNullOrWhiteSpace(_options.ApiKey) ? null : _options.ApiKey;
        if (_options.Provider == LlmProvider.AzureOpenAI)
        {
            builder.AddAzureOpenAIChatCompletion(deploymentName: _options.Model!, endpoint: _options.Endpoint, apiKey: apiKey!, httpClient: _http);
        }
        else
        {
            builder.AddOpenAIChatCompletion(modelId: _options.Model!, endpoint: new Uri(_options.Endpoint), apiKey: apiKey, httpClient: _http);
        }

        var kernel = builder.Build();
        return (kernel, kernel.CreatePluginFromPromptDirectory(folder, PluginName));
    }

    /// <summary>The SDKs wrap a refused connection or a DNS failure in two layers of their own exceptions.</summary>
    private static HttpRequestException? NetworkFailure(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException network)
            {
                return network;
            }
        }

        return null;
    }

    private static string Describe(HttpStatusCode status) => (int)status switch
    {
        429 => "the model server is rate limiting (HTTP 429)",
        401 or 403 => $"the model server refused the API key (HTTP {(int)status})",
        >= 500 => $"the model server failed (HTTP {(int)status})",
        _ => $"the model server rejected the request (HTTP {(int)status})",
    };
}
