using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Answering;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Rendering;

namespace SportsBot.Cli;

/// <summary><c>ask "question" [--json]</c>: one answer on stdout.</summary>
public sealed class AskVerb
{
    private readonly Argument<string> _question = new("question") { Description = "The question, in quotes" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object (question, known, answer, asOf, mode, citations, elapsedMs)" };
    private readonly Option<bool> _explain = new("--explain") { Description = "Also print to stderr how the question was read, the retrieved passages and why each judged sentence does or does not answer" };

    public AskVerb(VerbHost verbHost)
    {
        Command = new Command("ask", "Answer one question from the knowledge base, with numbered sources");
        Command.Arguments.Add(_question);
        Command.Options.Add(_json);
        Command.Options.Add(_explain);
        Command.SetAction(async (parse, ct) =>
        {
            using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: true, ct);
            var answers = host.Services.GetRequiredService<AnswerService>();
            var timed = await answers.AskAsync(parse.GetValue(_question) ?? string.Empty, ct);
            if (parse.GetValue(_explain))
            {
                var evidence = await host.Services.GetRequiredService<EvidenceFinder>().FindAsync(timed.Retrieval, ct);
                await verbHost.Console.Error.WriteLineAsync(EvidenceExplainer.Explain(timed.Retrieval, evidence));
            }

            await verbHost.Console.Out.WriteLineAsync(parse.GetValue(_json) ? AskJson.From(timed).ToJson() : PlainTextReplyRenderer.Render(timed.Answer));
            await host.StopAsync(ct);
            return ExitCodes.Success;
        });
    }

    public Command Command { get; }
}
