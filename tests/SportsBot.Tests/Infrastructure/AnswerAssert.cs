using SportsBot.Core.Answering;

namespace SportsBot.Tests.Infrastructure;

public static class AnswerAssert
{
    /// <summary>
    /// The answer is the model's, not the extractive fallback. On failure it says why the answerer fell back
    /// (a timeout on a loaded machine reads differently from a reply it refused), which a bare mode comparison hides.
    /// </summary>
    public static void WrittenByTheModel(Answer answer) =>
        Assert.True(answer.Mode == AnswerMode.Llm, $"The answer fell back to {answer.Mode}: {answer.FallbackReason}");
}
