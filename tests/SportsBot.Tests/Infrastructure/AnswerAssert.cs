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

    /// <summary>
    /// The answer says <paramref name="first"/>, and says <paramref name="other"/> (an older figure, a former holder)
    /// only after it, if at all: what a reader takes as the answer is what it opens with.
    /// </summary>
    public static void SaysFirst(string text, string first, string other)
    {
        var at = text.IndexOf(first, StringComparison.Ordinal);
        var otherAt = text.IndexOf(other, StringComparison.Ordinal);
        Assert.True(at >= 0 && (otherAt < 0 || otherAt > at), text);
    }
}
