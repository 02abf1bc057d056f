using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using SportsBot.Core.Chat.Commands;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SportsBot.Telegram;

/// <summary>
/// The Telegram adapter: long-polls getUpdates, hands each message and each press of an inline button to
/// <see cref="ChatService"/> through a <see cref="MessageDispatcher"/> (several chats at once, each chat in order)
/// and sends the replies. The update offset is saved before a batch of updates is handed on, so a restart never
/// answers anything twice; a failing update is logged and skipped, never stopping the loop. Only a refused token ends it.
/// </summary>
public sealed class TelegramPollingService(
    ChatService chat,
    TelegramMessageTranslator translator,
    TelegramResilience retry,
    TelegramTokenRedactor redactor,
    IAdapterStateStore state,
    MessageDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : BackgroundService, IChatPlatform
{
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    public string Name => "Telegram";

    public bool IsConfigured => options.Value.IsConfigured;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(o.PollTimeoutSeconds + 30) };
        // Retries are ours (TelegramResilience), so the client's own 429 handling is off.
        var client = new TelegramBotClient(new TelegramBotClientOptions(o.Token!, o.ApiBaseUrl) { RetryCount = 0 }, http) { ExceptionsParser = redactor };

        TelegramBotIdentity bot;
        try
        {
            var me = await retry.PollAsync("getMe", ct => client.GetMe(ct), stoppingToken);
            bot = new TelegramBotIdentity(me.Id, me.Username ?? string.Empty);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            throw new InvalidOperationException("Telegram refused the bot token (401 Unauthorized); check Telegram:Token.", ex);
        }

        logger.LogInformation("Telegram: polling as @{BotUsername}", bot.Username);
        await RegisterCommandsAsync(client, stoppingToken);

        var offsetKey = $"telegram:{bot.Id}:update-offset";
        var stored = await state.GetAsync(offsetKey, stoppingToken);
        int? offset = int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var saved) ? saved : null;

        // The workers stop with polling, also when Telegram refuses the token.
        using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var workers = dispatcher.RunAsync(polling.Token);
        try
        {
            await PollAsync(client, bot, offsetKey, offset, polling.Token);
        }
        finally
        {
            await polling.CancelAsync();
            await workers;
        }
    }

    private async Task PollAsync(ITelegramBotClient client, TelegramBotIdentity bot, string offsetKey, int? offset, CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await retry.PollAsync(
                    "getUpdates",
                    ct => client.GetUpdates(offset, limit: 100, timeout: o.PollTimeoutSeconds, allowedUpdates: AllowedUpdates, cancellationToken: ct),
                    stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                throw new InvalidOperationException("Telegram refused the bot token (401 Unauthorized); check Telegram:Token.", ex);
            }

            if (updates.Length == 0)
            {
                continue;
            }

            // Saved first: if the process dies while they are handled, these updates are skipped rather than answered twice.
            offset = updates[^1].Id + 1;
            await state.SetAsync(offsetKey, offset.Value.ToString(CultureInfo.InvariantCulture), stoppingToken);
            foreach (var update in updates)
            {
                await DispatchAsync(client, bot, update, stoppingToken);
            }
        }
    }

    /// <summary>Queues an update behind the earlier ones of its chat; when the queue is full the sender is told to try again shortly.</summary>
    private async Task DispatchAsync(ITelegramBotClient client, TelegramBotIdentity bot, Update update, CancellationToken stoppingToken)
    {
        // A press waits its turn in its chat too: the answer it was pressed under must be remembered first.
        var chatId = update.CallbackQuery is { } press ? press.Message?.Chat.Id ?? press.From.Id : update.Message?.Chat.Id;
        var key = chatId?.ToString(CultureInfo.InvariantCulture) ?? "other";
        if (dispatcher.TryEnqueue(key, ct => HandleSafelyAsync(client, bot, update, ct)))
        {
            return;
        }

        try
        {
            if (update.CallbackQuery is { } query)
            {
                await retry.SendAsync("answerCallbackQuery", ct => client.AnswerCallbackQuery(query.Id, ChatService.BusyText, cancellationToken: ct), stoppingToken);
            }
            else if (update.Message is { } message && await translator.TranslateAsync(client, bot, message, stoppingToken) is { } incoming)
            {
                await chat.TurnAwayAsync(incoming, new TelegramReplySender(client, retry, message.Chat.Id), stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Telegram update {UpdateId} was turned away (busy) and the sender could not be told", update.Id);
        }
    }

    private async Task HandleSafelyAsync(ITelegramBotClient client, TelegramBotIdentity bot, Update update, CancellationToken stoppingToken)
    {
        try
        {
            if (update.CallbackQuery is { } query)
            {
                await HandlePressAsync(client, query, stoppingToken);
                return;
            }

            if (update.Message is not { } message)
            {
                return;
            }

            var incoming = await translator.TranslateAsync(client, bot, message, stoppingToken);
            if (incoming is not null)
            {
                await chat.HandleAsync(incoming, new TelegramReplySender(client, retry, message.Chat.Id), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Telegram update {UpdateId} could not be handled; going on with the next", update.Id);
        }
    }

    /// <summary>A press of an inline button; the press is always answered so its spinner stops, whatever happens.</summary>
    private async Task HandlePressAsync(ITelegramBotClient client, CallbackQuery query, CancellationToken stoppingToken)
    {
        var press = await translator.TranslatePressAsync(client, query, stoppingToken);
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        var replies = new TelegramCallbackReplySender(
            client,
            retry,
            query,
            press?.Message ?? default,
            new TelegramReplySender(client, retry, chatId, addressee: query.From));
        try
        {
            if (press is not null)
            {
                await chat.HandleButtonAsync(press, replies, stoppingToken);
            }
        }
        finally
        {
            await replies.FinishAsync(stoppingToken);
        }
    }

    /// <summary>
    /// The command menus: members of groups see the member commands, group admins and private chats see them all.
    /// Without them the bot still works, so failure is only a warning.
    /// </summary>
    private async Task RegisterCommandsAsync(ITelegramBotClient client, CancellationToken cancellationToken)
    {
        var all = CommandCatalog.Menu.Select(c => new BotCommand { Command = c.Name, Description = c.Description }).ToList();
        var members = CommandCatalog.Menu.Where(c => c.Role == ChatRole.Member).Select(c => new BotCommand { Command = c.Name, Description = c.Description }).ToList();
        try
        {
            foreach (var (scope, commands) in new (BotCommandScope, List<BotCommand>)[]
            {
                (BotCommandScope.Default(), all),
                (BotCommandScope.AllGroupChats(), members),
                (BotCommandScope.AllChatAdministrators(), all),
            })
            {
                await retry.SendAsync("setMyCommands", ct => client.SetMyCommands(commands, scope, cancellationToken: ct), cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Telegram: could not register the command menu; commands still work when typed");
        }
    }
}
