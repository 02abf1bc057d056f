using SportsBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SportsBot.Telegram;

/// <summary>
/// Replies to a press of an inline button. Telegram shows a spinner on the button until answerCallbackQuery, so
/// the press is always answered: a short private note about the pressed message itself ("Thanks! Your 👍 is
/// noted.") becomes that answer's pop-up, anything else (a source list, a prompt, a command's result) is sent
/// to the chat as usual after the spinner is stopped.
/// </summary>
internal sealed class TelegramCallbackReplySender(
    ITelegramBotClient client,
    TelegramResilience retry,
    CallbackQuery query,
    Core.Chat.MessageId pressedMessage,
    IReplySender chatSender) : IReplySender
{
    /// <summary>Telegram's limit on the text of a callback answer.</summary>
    public const int MaxAnswerLength = 200;

    public bool Answered { get; private set; }

    public async Task<IReadOnlyList<Core.Chat.MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        if (!Answered && reply is { Private: true, Kind: ReplyKind.Notice or ReplyKind.Error, Actions.Count: 0 } && reply.ReplyTo == pressedMessage && reply.Text.Length <= MaxAnswerLength)
        {
            await AnswerAsync(reply.Text, cancellationToken);
            return [];
        }

        await AnswerAsync(null, cancellationToken);
        return await chatSender.SendAsync(reply, cancellationToken);
    }

    /// <summary>Stops the spinner when nothing else did.</summary>
    public Task FinishAsync(CancellationToken cancellationToken) => AnswerAsync(null, cancellationToken);

    private async Task AnswerAsync(string? text, CancellationToken cancellationToken)
    {
        if (Answered)
        {
            return;
        }

        Answered = true;
        await retry.SendAsync("answerCallbackQuery", ct => client.AnswerCallbackQuery(query.Id, text, cancellationToken: ct), cancellationToken);
    }
}
