using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Answering;
using SportsBot.Rendering;

namespace SportsBot.Cli;

/// <summary><c>ask "question" [--json]</c>: one answer on stdout.</summary>
public sealed class AskVerb
{
    private readonly Argument<string> _question = new("question") { Description = "The question, in quotes" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object (question, known, answer, asOf, mode, citations, elapsedMs)" };

    public AskVerb(VerbHost verbHost)
    {
        Command = new Command("ask", "Answer one question from the knowledge base, with numbered sources");
        Command.Arguments.Add(_question);
        Command.Options.Add(_json);
        Command.SetAction(async (parse, ct) =>
        {
            using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: true, ct);
            var answers = host.Services.GetRequiredService<AnswerService>();
            var timed = await answers.AskAsync(parse.GetValue(_question) ?? string.Empty, ct);
            await verbHost.Console.Out.WriteLineAsync(parse.GetValue(_json) ? AskJson.From(timed).ToJson() : PlainTextAnswerRenderer.Render(timed.Answer));
            await host.StopAsync(ct);
            return ExitCodes.Success;
        });
    }

    public Command Command { get; }
}
