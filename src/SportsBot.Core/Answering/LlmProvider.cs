namespace SportsBot.Core.Answering;

/// <summary>Which language model writes answers. <see cref="None"/> keeps the extractive answerer.</summary>
public enum LlmProvider
{
    None,

    /// <summary>OpenAI or any server speaking its chat completions API (Ollama, vLLM, llama.cpp server, LM Studio).</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource; <see cref="LlmOptions.Model"/> is the deployment name.</summary>
    AzureOpenAI,
}
