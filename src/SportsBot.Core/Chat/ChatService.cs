using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat;

/// <summary>
/// Decides what to do with every chat message on every platform: command or question, is the channel on,
/// does the channel's mode want this message, may this user do this, rate limits; and with every press of a
/// button under its replies. Adapters only translate platform updates into <see cref="IncomingMessage"/> and
/// <see cref="ButtonPress"/> records and send the replies.
/// </summary>
public sealed partial class ChatService(
    IChannelSettingsStore settingsStore,
    RoleResolver roles,
    ChatRateLimiter rateLimiter,
    QuestionHandler questions,
    KnowledgeCommandHandler knowledge,
    KnowledgeUpkeepHandler upkeep,
    ArticleModerationHandler moderation,
    ConfigCommandHandler config,
    FeedbackHandler feedback,
    GroupChoiceHandler groups,
    IOptions<ChatOptions> options,
    ILogger<ChatService> logger)
{
    private const string SorryText = "Sorry, something went wrong on my side. Please try again later.";
    private const string BusyStoreText = "The knowledge base is busy with another program's changes, so nothing was changed. Please try again in a minute.";
    private const string ReadOnlyText = "The knowledge base is read-only on this server, so nothing can be added or changed. Ask whoever runs the bot.";

    /// <summary>What a sender is told when every worker is busy and the queue is full.</summary>
    public const string BusyText = "I'm busy answering a lot of questions right now; please try again shortly.";

    public async Task HandleAsync(IncomingMessage message, IReplySender replies, CancellationToken cancellationToken)
    {
        if (!message.IsDirect && message.User.PlatformRole == PlatformRole.Admin)
        {
            try
            {
                await groups.NoteAdminAsync(message, cancellationToken);
            }
            catch (StoreUnavailableException ex)
            {
                // Bookkeeping for admin commands sent in private; the message itself must still be handled.
                logger.LogWarning("Could not note {User} as an admin of {Channel}: {Reason}", message.User.Id, message.Key, ex.Message);
            }
        }

        var text = message.Text.Trim();
        var command = CommandParser.IsCommand(text) ? CommandParser.Parse(text) : null;
        if (command is null && text.Length == 0)
        {
            if (message.IsDirect && message.Attachments.Count > 0)
            {
                await replies.SendAsync(OutgoingReply.Notice("To add a file to the knowledge base, send it with the caption /kb add.", message.Id), cancellationToken);
            }

            return;
        }

        if (command is null && message.IsReplyToBot && await feedback.TryTakeCommentAsync(message, replies, cancellationToken))
        {
            return;
        }

        var settings = await settingsStore.GetAsync(message.Key, cancellationToken) ?? options.Value.DefaultsFor(message.Key);
        if (!Wants(message, command, settings))
        {
            return;
        }

        command ??= new AskCommand(text);
        var context = new ChatContext(message, settings, roles.Resolve(message, settings), replies) { Private = CommandPrivacy.RepliesPrivately(command) };
        var admission = rateLimiter.Check(message, settings, context.Role, costly: command is AskCommand or KbSearchCommand);
        if (!admission.Admitted)
        {
            logger.LogDebug("Rate limited {User} in {Channel}", message.User.Id, message.Key);
            if (admission.Notice is { } notice)
            {
                await context.RefuseAsync(notice, cancellationToken);
            }

            return;
        }

        try
        {
            if (await AllowedAsync(context, command, cancellationToken))
            {
                await ExecuteAsync(context, command, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is ChatUsageException or InvalidArticleException or InvalidQuestionException)
        {
            await context.RefuseAsync(ex.Message, cancellationToken);
        }
        catch (StoreUnavailableException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // An expected state with a plain remedy, not a fault: the asker is told which, the log gets one line.
            logger.LogWarning("Could not handle {Command} from {User} in {Channel}: {Reason}", command.GetType().Name, message.User.Id, message.Key, ex.Message);
            await context.RefuseAsync(ex.ReadOnly ? ReadOnlyText : BusyStoreText, cancellationToken);
        }
        catch (Exception ex) when (ex is not ReplyFailedException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Failed to handle {Command} from {User} in {Channel}", command.GetType().Name, message.User.Id, message.Key);
            await context.SendAsync(OutgoingReply.Error(SorryText, message.Id) with { Private = true }, cancellationToken);
        }
    }

    /// <summary>
    /// The adapter's queue is full: a message meant for the bot is told to try again shortly; chatter the bot would
    /// ignore anyway (a group's plain messages in mentions mode) stays unanswered, so a busy bot never floods a group.
    /// </summary>
    public async Task TurnAwayAsync(IncomingMessage message, IReplySender replies, CancellationToken cancellationToken)
    {
        var text = message.Text.Trim();
        var command = CommandParser.IsCommand(text) ? CommandParser.Parse(text) : null;
        if (command is null && text.Length == 0)
        {
            return;
        }

        var settings = await settingsStore.GetAsync(message.Key, cancellationToken) ?? options.Value.DefaultsFor(message.Key);
        if (Wants(message, command, settings))
        {
            logger.LogWarning("Busy: turned away a message from {User} in {Channel}", message.User.Id, message.Key);
            await replies.SendAsync(OutgoingReply.Notice(BusyText, message.Id) with { Private = true }, cancellationToken);
        }
    }

    /// <summary>A press of a button under one of the bot's replies: feedback on an answer, or the group an admin command is for.</summary>
    public async Task HandleButtonAsync(ButtonPress press, IReplySender replies, CancellationToken cancellationToken)
    {
        try
        {
            // Presses share the channel's budget with messages: a member hammering Sources cannot flood a group.
            var settings = await settingsStore.GetAsync(press.Key, cancellationToken) ?? options.Value.DefaultsFor(press.Key);
            var admission = rateLimiter.Check(press.Key, press.User.Id, settings, roles.Resolve(press.Platform, press.User, settings), costly: false);
            if (!admission.Admitted)
            {
                if (admission.Notice is { } notice)
                {
                    await replies.SendAsync(OutgoingReply.Notice(notice, press.Message) with { Private = true }, cancellationToken);
                }

                return;
            }

            if (press.Data.StartsWith(ReplyActions.GroupPrefix, StringComparison.Ordinal))
            {
                if (await groups.ChooseAsync(press, replies, cancellationToken) is { } chosen)
                {
                    await HandleAsync(chosen.Message, new PrefixedReplySender(replies, chosen.Group), cancellationToken);
                }

                return;
            }

            await feedback.PressAsync(press, replies, cancellationToken);
        }
        catch (Exception ex) when (ex is not ReplyFailedException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Failed to handle the button {Data} pressed by {User} in {Channel}", press.Data, press.User.Id, press.Key);
            await replies.SendAsync(OutgoingReply.Error(SorryText, press.Message) with { Private = true }, cancellationToken);
        }
    }

    /// <summary>
    /// May the sender run this here? If not, they are told which role it needs; an admin command sent in private
    /// by someone who runs groups asks which group it is for instead.
    /// </summary>
    private async Task<bool> AllowedAsync(ChatContext context, ChatCommand command, CancellationToken cancellationToken)
    {
        var (name, needed) = CommandRoles.Of(command);
        var forAGroup = context.Role < needed || command is ConfigShowCommand or ConfigEnableCommand or ConfigSetCommand;
        if (context.Message.IsDirect && forAGroup && await groups.OfferAsync(context, name, cancellationToken))
        {
            return false;
        }

        return context.Role >= needed || await context.RequireAsync(needed, name, cancellationToken);
    }

    private Task ExecuteAsync(ChatContext context, ChatCommand command, CancellationToken cancellationToken) => command switch
    {
        AskCommand ask => questions.AskAsync(context, ask.Question, cancellationToken),
        SourcesCommand => questions.SourcesAsync(context, cancellationToken),
        HelpCommand => context.NoticeAsync(HelpText.For(context), cancellationToken),
        KbAddCommand add => knowledge.AddAsync(context, add, cancellationToken),
        KbRemoveCommand remove => knowledge.RemoveAsync(context, remove, cancellationToken),
        KbShowCommand show => moderation.ShowAsync(context, show, cancellationToken),
        KbEditCommand edit => moderation.EditAsync(context, edit, cancellationToken),
        KbGapsCommand gaps => moderation.GapsAsync(context, gaps, cancellationToken),
        KbFeedPollCommand feedPoll => upkeep.PollFeedAsync(context, feedPoll, cancellationToken),
        KbListCommand list => knowledge.ListAsync(context, list, cancellationToken),
        KbSearchCommand search => knowledge.SearchAsync(context, search, cancellationToken),
        KbFeedAddCommand feedAdd => upkeep.AddFeedAsync(context, feedAdd, cancellationToken),
        KbFeedListCommand => upkeep.ListFeedsAsync(context, cancellationToken),
        KbFeedRemoveCommand feedRemove => upkeep.RemoveFeedAsync(context, feedRemove, cancellationToken),
        KbStaleCommand stale => upkeep.StaleAsync(context, stale, cancellationToken),
        ConfigShowCommand => config.ShowAsync(context, cancellationToken),
        ConfigEnableCommand enable => config.EnableAsync(context, enable, cancellationToken),
        ConfigSetCommand set => config.SetAsync(context, set, cancellationToken),
        InvalidCommand invalid => context.RefuseAsync(invalid.Message, cancellationToken),
        UnknownCommand unknown => context.RefuseAsync($"I don't know /{unknown.Name}. /help lists what I understand.", cancellationToken),
        _ => throw new InvalidOperationException($"No handler for {command.GetType().Name}."),
    };

    /// <summary>Is this message for the bot at all, given the channel's switch and mode?</summary>
    private static bool Wants(IncomingMessage message, ChatCommand? command, ChannelSettings settings)
    {
        if (command is ConfigShowCommand or ConfigEnableCommand or ConfigSetCommand)
        {
            // Admins must be able to switch a silenced channel back on.
            return true;
        }

        if (!settings.Enabled)
        {
            return false;
        }

        if (command is UnknownCommand)
        {
            // In a group an unknown command is most likely another bot's; answer only when clearly meant for us.
            return message.IsDirect || message.IsMention;
        }

        if (command is not null || message.IsDirect)
        {
            return true;
        }

        return settings.Mode switch
        {
            ChannelMode.CommandsOnly => false,
            ChannelMode.Mentions => message.IsMention || message.IsReplyToBot,
            ChannelMode.AllQuestions => message.IsMention || message.IsReplyToBot || LooksLikeQuestion(message.Text),
            _ => false,
        };
    }

    /// <summary>In all-questions mode, "Can Russians play at Wimbledon?" is a question; "lol" and "see you" are not.</summary>
    public static bool LooksLikeQuestion(string text)
    {
        var trimmed = text.Trim();
        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 3 && (trimmed.EndsWith('?') || QuestionOpener().IsMatch(trimmed));
    }

    [GeneratedRegex(@"^(who|what|when|where|why|how|which|can|could|is|are|was|were|do|does|did|will|would|should|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOpener();
}
