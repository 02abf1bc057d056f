using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;

namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// The answer the Core of a host gives to a question, as a fresh channel shows it (cut to the default maximum
/// length). Adapter tests hold what a platform posted to it, so they test rendering and flow, and keep passing
/// whichever sentences of the knowledge base an answer is built from.
/// </summary>
/// <param name="Question">The question the Core answered: a follow-up restated as a standalone question.</param>
/// <param name="Text">The answer's text with its [n] markers, as the adapter is given it.</param>
/// <param name="Citations">The sources the shown text cites.</param>
public sealed record ExpectedAnswer(string Question, string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>The answer to <paramref name="question"/>, which the sources must cover.</summary>
    public static async Task<ExpectedAnswer> ForAsync(TestHost host, string question)
    {
        var timed = await host.Get<AnswerService>().AskAsync(question, CancellationToken.None);
        return Shown(host, timed.Answer);
    }

    /// <summary>The answer to <paramref name="followUp"/> sent as a reply to the bot's answer to <paramref name="previousQuestion"/>.</summary>
    public static async Task<ExpectedAnswer> ForFollowUpAsync(TestHost host, string previousQuestion, string followUp)
    {
        var answers = host.Get<AnswerService>();
        var previous = (await answers.AskAsync(previousQuestion, CancellationToken.None)).Answer;
        var timed = await answers.AskFollowUpAsync(previous.Question, previous.Text, followUp, CancellationToken.None);
        return Shown(host, timed.Answer);
    }

    private static ExpectedAnswer Shown(TestHost host, Answer answer)
    {
        // An answer citing nothing ("My sources don't cover that.") would let a test pass on a bot that answers nothing.
        Assert.True(answer.Known && answer.Citations.Count > 0, $"The sources should answer \"{answer.Question}\", but the Core said: {answer.Text}");
        var (text, citations) = AnswerShortener.Shorten(answer, host.Get<IOptions<ChatOptions>>().Value.DefaultMaxAnswerLength);
        return new ExpectedAnswer(answer.Question, text, citations);
    }
}
