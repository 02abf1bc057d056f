using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>
/// Interaction responses as Discord keeps them: the first callback decides the response (deferred, a message, a
/// form, choices); who sees the original response is fixed by its deferral; a follow-up sent while "thinking…"
/// still stands takes its place (and its visibility), as on the real Discord.
/// </summary>
public sealed partial class FakeDiscord
{
    private const int EphemeralFlag = 64;

    /// <summary>Every interaction callback the bot made: type 5 deferral, 4 message, 6 silent acknowledgement, 8 choices, 9 form.</summary>
    public IReadOnlyList<InteractionCallback> Callbacks
    {
        get
        {
            lock (_gate)
            {
                return [.. _callbacks];
            }
        }
    }

    public Task<InteractionCallback> WaitForCallbackAsync(string token) =>
        Eventually.GetAsync(() => Callbacks.FirstOrDefault(c => c.Token == token), $"a response to interaction {token}");

    private static bool IsEphemeral(JsonNode? data) => ((data?["flags"]?.GetValue<int>() ?? 0) & EphemeralFlag) != 0;

    private (int Status, JsonNode? Result) Callback(string token, JsonObject body)
    {
        var type = body["type"]!.GetValue<int>();
        lock (_gate)
        {
            if (_responses.ContainsKey(token))
            {
                return (400, new JsonObject { ["message"] = "Interaction has already been acknowledged.", ["code"] = 40060 });
            }

            _callbacks.Add(new InteractionCallback(token, type, body));
            _responses[token] = new Response(type, IsEphemeral(body["data"]));
        }

        if (type == 4)
        {
            var data = body["data"]!.AsObject();
            Post(token, "response", data, IsEphemeral(data));
        }

        return (204, null);
    }

    private (int Status, JsonNode? Result) EditOriginal(string token, JsonObject body)
    {
        Response? response;
        lock (_gate)
        {
            response = _responses.GetValueOrDefault(token);
            if (response is { Type: 5, State: OriginalState.Thinking or OriginalState.Edited })
            {
                response.State = OriginalState.Edited;
            }
            else
            {
                response = null;
            }
        }

        return response is null ? UnknownWebhook() : (200, Post(token, "original", body, response.Ephemeral));
    }

    private (int Status, JsonNode? Result) FollowUp(string token, JsonObject body)
    {
        Response? response;
        var takesOriginal = false;
        lock (_gate)
        {
            response = _responses.GetValueOrDefault(token);
            if (response is { Type: 5, State: OriginalState.Thinking })
            {
                response.State = OriginalState.Edited;
                takesOriginal = true;
            }
        }

        if (response is null || response.Type is 8 or 9)
        {
            return UnknownWebhook();
        }

        return takesOriginal
            ? (200, Post(token, "original", body, response.Ephemeral))
            : (200, Post(token, "followup", body, IsEphemeral(body)));
    }

    private (int Status, JsonNode? Result) DeleteOriginal(string token)
    {
        lock (_gate)
        {
            if (_responses.GetValueOrDefault(token) is not { Type: 5 or 4 } response)
            {
                return UnknownWebhook();
            }

            response.State = OriginalState.Deleted;
        }

        return (204, null);
    }

    private static (int, JsonNode?) UnknownWebhook() => (404, new JsonObject { ["message"] = "Unknown Webhook", ["code"] = 10015 });

    private enum OriginalState
    {
        Thinking,
        Edited,
        Deleted,
    }

    private sealed class Response(int type, bool ephemeral)
    {
        public int Type { get; } = type;

        public bool Ephemeral { get; } = ephemeral;

        public OriginalState State { get; set; }
    }
}
