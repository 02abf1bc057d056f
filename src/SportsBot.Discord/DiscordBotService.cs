using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Knowledge;
using SportsBot.Discord.Chat;
using SportsBot.Discord.Commands;
using SportsBot.Discord.Gateway;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord;

/// <summary>
/// The Discord adapter: keeps the gateway session, registers the slash commands once READY, and hands messages
/// and slash commands to <see cref="ChatService"/> through a <see cref="MessageDispatcher"/>: several channels at
/// once, each channel's in the order they arrived; when its queue is full the sender is told to try again shortly. A slash command
/// is acknowledged (deferred) the moment it arrives, even while an earlier question is still being answered,
/// because Discord gives up on it after 3 seconds; it is deferred privately when Core will answer the sender alone.
/// Button presses and autocomplete must be answered within those 3 seconds and need no order, so they have a
/// queue of their own that a slow question never holds up. A message or command that fails is logged and skipped;
/// only Discord refusing the bot (a bad token, disallowed intents) ends the adapter, leaving the rest of the host running.
/// </summary>
public sealed class DiscordBotService(
    ChatService chat,
    DiscordGateway gateway,
    DiscordRestClient rest,
    DiscordRoleCache roles,
    DiscordMessageTranslator messages,
    DiscordInteractionTranslator interactions,
    ArticleSuggestions suggestions,
    MessageDispatcher dispatcher,
    IOptions<DiscordOptions> options,
    ILogger<DiscordBotService> logger) : BackgroundService, IChatPlatform
{
    private readonly Channel<Func<CancellationToken, Task>> _quick = Channel.CreateUnbounded<Func<CancellationToken, Task>>(new UnboundedChannelOptions { SingleReader = true });
    private volatile DiscordBotIdentity? _bot;
    private Task _registration = Task.CompletedTask;

    public string Name => "Discord";

    public bool IsConfigured => options.Value.IsConfigured;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The workers stop with the gateway, also when Discord refuses the bot.
        using var connected = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var workers = dispatcher.RunAsync(connected.Token);
        var quickWorker = Task.Run(() => WorkAsync(_quick, stoppingToken), CancellationToken.None);
        try
        {
            await gateway.RunAsync(OnEventAsync, stoppingToken);
        }
        finally
        {
            _quick.Writer.TryComplete();
            await connected.CancelAsync();
            await workers;
            await quickWorker;
            await _registration;
        }
    }

    /// <summary>Runs on the gateway's receive loop, so it only records state and queues work.</summary>
    private Task OnEventAsync(DiscordEvent received, CancellationToken stoppingToken)
    {
        switch (received)
        {
            case DiscordReady ready:
                var first = _bot is null;
                _bot = new DiscordBotIdentity(ready.User.Id, ready.ApplicationId);
                if (first)
                {
                    _registration = RegisterCommandsAsync(ready.ApplicationId, stoppingToken);
                }

                break;
            case DiscordGuildAvailable available:
                roles.Remember(available.Guild);
                break;
            case DiscordGuildRolesChanged changed:
                roles.Forget(changed.GuildId);
                break;
            case DiscordMessageCreated created:
                if (!dispatcher.TryEnqueue(created.Message.ChannelId, ct => HandleMessageAsync(created.Message, ct)))
                {
                    _quick.Writer.TryWrite(ct => TurnAwayMessageAsync(created.Message, ct));
                }

                break;
            case DiscordInteractionCreated created:
                var (text, _) = DiscordInteractionTranslator.CommandText(created.Interaction);
                var privately = CommandPrivacy.RepliesPrivately(CommandParser.Parse(text));
                var deferred = DeferAsync(created.Interaction, privately, stoppingToken);
                if (!dispatcher.TryEnqueue(created.Interaction.ChannelId, ct => HandleInteractionAsync(created.Interaction, deferred, privately, ct)))
                {
                    _quick.Writer.TryWrite(ct => TurnAwayInteractionAsync(created.Interaction, deferred, privately, ct));
                }

                break;
            case DiscordComponentPressed pressed:
                _quick.Writer.TryWrite(ct => HandlePressAsync(pressed.Press, ct));
                break;
            case DiscordAutocompleteRequested requested:
                _quick.Writer.TryWrite(ct => SuggestAsync(requested.Request, ct));
                break;
        }

        return Task.CompletedTask;
    }

    private static async Task WorkAsync(Channel<Func<CancellationToken, Task>> queue, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await item(stoppingToken);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is still queued is dropped, as a restart would drop it.
        }
    }

    private async Task HandleMessageAsync(DiscordMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (_bot is not { } bot || await messages.TranslateAsync(bot, message, stoppingToken) is not { } incoming)
            {
                return;
            }

            await chat.HandleAsync(incoming, new DiscordChannelReplySender(rest, message.ChannelId), stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Discord message {MessageId} in channel {ChannelId} could not be handled; going on with the next", message.Id, message.ChannelId);
        }
    }

    /// <summary>The queue is full: the sender is told to try again shortly, if the message was meant for the bot.</summary>
    private async Task TurnAwayMessageAsync(DiscordMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (_bot is { } bot && await messages.TranslateAsync(bot, message, stoppingToken) is { } incoming)
            {
                await chat.TurnAwayAsync(incoming, new DiscordChannelReplySender(rest, message.ChannelId), stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Discord message {MessageId} was turned away (busy) and the sender could not be told", message.Id);
        }
    }

    /// <summary>The queue is full: a slash command, already acknowledged, is answered with the busy notice (only the sender sees it).</summary>
    private async Task TurnAwayInteractionAsync(DiscordInteraction interaction, Task<bool> deferred, bool privately, CancellationToken stoppingToken)
    {
        if (!await deferred)
        {
            return;
        }

        try
        {
            var replies = new DiscordInteractionReplySender(rest, interaction, privately);
            await replies.SendAsync(OutgoingReply.Notice(ChatService.BusyText, null) with { Private = true }, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Discord /{Command} (interaction {InteractionId}) was turned away (busy) and the sender could not be told", interaction.CommandName, interaction.Id);
        }
    }

    /// <returns>False when Discord did not take the acknowledgement (the interaction expired): nothing can be sent for it then.</returns>
    private async Task<bool> DeferAsync(DiscordInteraction interaction, bool privately, CancellationToken stoppingToken)
    {
        try
        {
            await rest.DeferInteractionAsync(interaction.Id, interaction.Token, privately, stoppingToken);
            return true;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Discord: could not acknowledge /{Command} (interaction {InteractionId}); Discord shows it as failed", interaction.CommandName, interaction.Id);
            return false;
        }
    }

    private async Task HandleInteractionAsync(DiscordInteraction interaction, Task<bool> deferred, bool privately, CancellationToken stoppingToken)
    {
        if (!await deferred)
        {
            return;
        }

        var replies = new DiscordInteractionReplySender(rest, interaction, privately);
        try
        {
            var incoming = await interactions.TranslateAsync(interaction, stoppingToken);
            await chat.HandleAsync(incoming, replies, stoppingToken);
            if (!replies.HasReplied)
            {
                // Nothing to say (the channel is switched off, or the member was already told to slow down):
                // remove "thinking…" rather than leave it spinning for 15 minutes.
                await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Discord /{Command} (interaction {InteractionId}) could not be handled; going on with the next", interaction.CommandName, interaction.Id);
            if (!replies.HasReplied)
            {
                await TellFailedAsync(replies, stoppingToken);
            }
        }
    }

    private async Task HandlePressAsync(DiscordComponentPress press, CancellationToken stoppingToken)
    {
        var replies = new DiscordComponentReplySender(rest, press);
        try
        {
            await chat.HandleButtonAsync(await interactions.TranslatePressAsync(press, stoppingToken), replies, stoppingToken);
            if (!replies.HasResponded)
            {
                await rest.AcknowledgePressAsync(press.Id, press.Token, stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Discord button {CustomId} (interaction {InteractionId}) could not be handled; going on with the next", press.CustomId, press.Id);
            if (!replies.HasResponded)
            {
                await TellFailedAsync(replies, stoppingToken);
            }
        }
    }

    /// <summary>Article ids offered while a moderator types (/kb show, edit, remove), within Discord's 25 choices of 100 characters.</summary>
    private async Task SuggestAsync(DiscordAutocomplete request, CancellationToken stoppingToken)
    {
        try
        {
            var offered = await suggestions.SuggestAsync(request.Typed, DiscordLimits.Choices, DiscordLimits.ChoiceLength, stoppingToken);
            var choices = offered.Select(s => new DiscordChoice(s.Label, s.Value)).ToList();
            await rest.RespondWithChoicesAsync(request.Id, request.Token, choices, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Discord: no suggestions for /{Command} {Subcommand} (interaction {InteractionId})", request.CommandName, request.Subcommand, request.Id);
        }
    }

    private async Task TellFailedAsync(IReplySender replies, CancellationToken stoppingToken)
    {
        try
        {
            await replies.SendAsync(OutgoingReply.Error("Sorry, something went wrong on my side. Please try again later.", null) with { Private = true }, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "Discord: could not tell the user either");
        }
    }

    /// <summary>Slash commands, in one guild when Discord:GuildId is set (they appear at once) or globally. Without them mentions and DMs still work.</summary>
    private async Task RegisterCommandsAsync(string applicationId, CancellationToken stoppingToken)
    {
        var guildId = string.IsNullOrWhiteSpace(options.Value.GuildId) ? null : options.Value.GuildId;
        try
        {
            await rest.OverwriteCommandsAsync(applicationId, guildId, DiscordSlashCommands.All, stoppingToken);
            logger.LogInformation("Discord: slash commands registered {Scope}", guildId is null ? "globally" : $"in guild {guildId}");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Discord: could not register the slash commands; mentions and DMs still work");
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before Discord answered.
        }
    }
}
