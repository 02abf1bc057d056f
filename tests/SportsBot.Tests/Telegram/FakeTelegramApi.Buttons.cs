using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SportsBot.Tests.Telegram;

/// <summary>Inline buttons and command menus in the fake Bot API: presses as callback queries, their answers, menus per scope.</summary>
public sealed partial class FakeTelegramApi
{
    /// <summary>The command menu registered for each scope type ("default", "all_group_chats", "all_chat_administrators").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CommandsByScope
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, IReadOnlyList<string>>(_commandsByScope);
            }
        }
    }

    /// <summary>Every answerCallbackQuery: the query answered and the pop-up text, if any.</summary>
    public IReadOnlyList<(string QueryId, string? Text)> CallbackAnswers
    {
        get
        {
            lock (_gate)
            {
                return [.. _callbackAnswers];
            }
        }
    }

    /// <summary>Queues a press of an inline button under the bot's message <paramref name="messageId"/>; returns the callback query's id.</summary>
    public string Press(TelegramChat chat, TelegramUser user, int messageId, string data)
    {
        lock (_gate)
        {
            var queryId = $"query-{_nextUpdateId}";
            var query = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = user.ToJson(),
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = chat.ToJson(),
                    ["from"] = BotJson(),
                    ["text"] = "an earlier message of the bot",
                },
                ["chat_instance"] = $"instance{chat.Id}",
                ["data"] = data,
            };
            _pending.Add(new JsonObject { ["update_id"] = _nextUpdateId++, ["callback_query"] = query });
            _updatesArrived.Release();
            return queryId;
        }
    }

    /// <summary>Waits until the bot answered the callback query; returns the pop-up text it showed, if any.</summary>
    public async Task<string?> WaitForCallbackAnswerAsync(string queryId) =>
        (await Discord.Eventually.GetAsync(() => CallbackAnswers.Where(a => a.QueryId == queryId).Select(a => new PopUp(a.Text)).FirstOrDefault(), $"an answer to callback query {queryId}")).Text;

    private IResult SetCommands(JsonObject body)
    {
        IReadOnlyList<string> commands = [.. body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>())];
        lock (_gate)
        {
            _commandsByScope[body["scope"]?["type"]?.GetValue<string>() ?? "default"] = commands;
            RegisteredCommands = _commandsByScope.GetValueOrDefault("default") ?? commands;
        }

        return Ok(true);
    }

    private IResult AnswerCallback(JsonObject body)
    {
        lock (_gate)
        {
            _callbackAnswers.Add((body["callback_query_id"]!.GetValue<string>(), body["text"]?.GetValue<string>()));
        }

        return Ok(true);
    }

    private sealed record PopUp(string? Text);
}
