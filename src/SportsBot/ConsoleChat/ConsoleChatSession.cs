using SportsBot.Cli;
using SportsBot.Core.Chat;
using SportsBot.Rendering;

namespace SportsBot.ConsoleChat;

/// <summary>
/// The console as a chat platform: one private conversation with the person at the terminal, who is an admin,
/// so every command works. Questions continue the conversation (a short "what about Russians?" is a follow-up
/// to the last answer). With stdin piped it reads until end of input, so it can be scripted.
/// </summary>
public sealed class ConsoleChatSession(ChatService chat, CliConsole console)
{
    public const string Platform = "console";

    private const string EndOfArticle = ".";

    private static readonly ChannelId Channel = new("console");

    private readonly ChatUser _user = new(new UserId(Environment.UserName), Environment.UserName, null, PlatformRole.Admin, []);
    private int _nextId;
    private MessageId? _lastBotMessage;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (console.IsInteractive)
        {
            await console.Out.WriteLineAsync("SportsBot: ask about sport and politics. /help lists the commands; an empty line or Ctrl+D quits.");
        }

        var sender = new ConsoleReplySender(this, console.Out);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (console.IsInteractive)
            {
                await console.Out.WriteAsync("> ");
            }

            var line = await console.In.ReadLineAsync(cancellationToken);
            if (line is null || (console.IsInteractive && line.Trim().Length == 0))
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var message = await TranslateAsync(line.Trim(), cancellationToken);
            await chat.HandleAsync(message, sender, cancellationToken);
        }
    }

    /// <summary>Turns a typed line into a chat message; "/kb add FILE" attaches the file, a bare "/kb add" reads a pasted article.</summary>
    private async Task<IncomingMessage> TranslateAsync(string line, CancellationToken cancellationToken)
    {
        var text = line;
        IReadOnlyList<ChatAttachment> attachments = [];
        if (IsKbAdd(line, out var argument))
        {
            if (argument.Length == 0)
            {
                text = "/kb add\n" + await ReadArticleAsync(cancellationToken);
            }
            else if (File.Exists(argument))
            {
                // Read only once the size has passed the same check as any attachment: a 50 MB file is refused unread.
                attachments = [new ChatAttachment(Path.GetFileName(argument), new FileInfo(argument).Length, ct => File.ReadAllBytesAsync(argument, ct))];
                text = "/kb add";
            }
        }

        var isQuestion = !Core.Chat.Commands.CommandParser.IsCommand(text);
        var id = new MessageId((++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The terminal is one linear conversation: a question may continue from the last answer ("and Belarusians?"),
        // but, with no replies to tell, only when it plainly does.
        var replyTo = isQuestion && _lastBotMessage is { } last ? new RepliedMessage(last, IsFromBot: true, null, []) { IsExplicit = false } : null;
        return new IncomingMessage(Platform, new ChatId("console"), Channel, id, _user, text, IsMention: false, IsDirect: true, attachments, replyTo);
    }

    private async Task<string> ReadArticleAsync(CancellationToken cancellationToken)
    {
        if (console.IsInteractive)
        {
            await console.Out.WriteLineAsync("Paste the article: the title on the first line, then the text (or Markdown with front matter). End with a line holding only a dot.");
        }

        var lines = new List<string>();
        while (await console.In.ReadLineAsync(cancellationToken) is { } line && line.Trim() != EndOfArticle)
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    private static bool IsKbAdd(string line, out string argument)
    {
        var parts = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        var match = parts.Length >= 2 && parts[0].Equals("/kb", StringComparison.OrdinalIgnoreCase) && parts[1].Equals("add", StringComparison.OrdinalIgnoreCase);
        argument = match && parts.Length == 3 ? parts[2].Trim() : string.Empty;
        return match;
    }

    private sealed class ConsoleReplySender(ConsoleChatSession session, TextWriter output) : IReplySender
    {
        public async Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
        {
            var id = new MessageId($"bot-{++session._nextId}");
            if (reply.Kind == ReplyKind.Answer)
            {
                session._lastBotMessage = id;
            }

            await output.WriteLineAsync(PlainTextReplyRenderer.Render(reply) + "\n");
            return [id];
        }
    }
}
