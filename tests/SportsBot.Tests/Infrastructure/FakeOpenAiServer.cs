using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SportsBot.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible API on 127.0.0.1 (chat completions and embeddings) for the real Semantic Kernel and
/// OpenAI clients to talk to. Chat replies are scripted per test, in order; every request is recorded.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    public const int EmbeddingDimensions = 16;

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<FakeReply> _replies = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private FakeReply? _otherwise;
    private int _inFlight;
    private int _mostInFlight;

    public FakeOpenAiServer()
    {
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The value for <c>Llm:Endpoint</c>.</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    public IReadOnlyList<FakeRequest> ChatRequests => [.. _requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal))];

    /// <summary>The next chat completion answers with <paramref name="content"/>.</summary>
    public void Reply(string content) => _replies.Enqueue(new FakeReply(200, content, TimeSpan.Zero));

    /// <summary>
    /// The next chat completion answers with what <paramref name="content"/> writes from the request, as a model
    /// reads its sources: a test can cite a source by what it says rather than by the number it happened to get.
    /// </summary>
    public void ReplyTo(Func<FakeRequest, string> content) => _replies.Enqueue(new FakeReply(200, null, TimeSpan.Zero, Write: content));

    /// <summary>The next chat completion fails with <paramref name="status"/>.</summary>
    public void Fail(int status) => _replies.Enqueue(new FakeReply(status, null, TimeSpan.Zero));

    /// <summary>The next chat completion waits <paramref name="delay"/> before answering (or until the server stops).</summary>
    public void ReplyAfter(TimeSpan delay, string content) => _replies.Enqueue(new FakeReply(200, content, delay));

    /// <summary>The next chat completion is answered with <paramref name="content"/> once <paramref name="release"/> completes: a model that is slow until the test says otherwise.</summary>
    public void ReplyWhen(Task release, string content) => _replies.Enqueue(new FakeReply(200, content, TimeSpan.Zero, release));

    /// <summary>Every chat completion with no scripted reply left waits <paramref name="delay"/> and answers <paramref name="content"/>.</summary>
    public void ReplyToAllAfter(TimeSpan delay, string content) => _otherwise = new FakeReply(200, content, delay);

    /// <summary>The most chat completions that were being answered at one moment.</summary>
    public int MostConcurrentChatRequests => Volatile.Read(ref _mostInFlight);

    public void Dispose()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener; how it ends does not matter here.
        }

    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            var request = new FakeRequest(path, context.Request.Headers["Authorization"], JsonNode.Parse(body)!.AsObject());
            _requests.Enqueue(request);

            if (path.EndsWith("/embeddings", StringComparison.Ordinal))
            {
                await WriteAsync(context, 200, Embeddings(request.Body));
                return;
            }

            if (!path.EndsWith("/chat/completions", StringComparison.Ordinal))
            {
                await WriteAsync(context, 404, """{"error":{"message":"not found"}}""");
                return;
            }

            if (!_replies.TryDequeue(out var reply) && (reply = _otherwise) is null)
            {
                await WriteAsync(context, 500, """{"error":{"message":"the test scripted no reply"}}""");
                return;
            }

            var inFlight = Interlocked.Increment(ref _inFlight);
            try
            {
                InterlockedMax(ref _mostInFlight, inFlight);
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, _stopping.Token);
                }

                if (reply.Release is { } release)
                {
                    await release.WaitAsync(_stopping.Token);
                }

                await WriteAsync(context, reply.Status, reply.Status == 200 ? Completion(reply.Write?.Invoke(request) ?? reply.Content ?? string.Empty) : """{"error":{"message":"scripted failure","type":"server_error"}}""");
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout test) or the server is stopping.
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static string Completion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    }.ToJsonString();

    /// <summary>A deterministic vector per text (from its hash), in the encoding the client asked for.</summary>
    private static string Embeddings(JsonObject body)
    {
        var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(inputs[i]));
            var vector = Enumerable.Range(0, EmbeddingDimensions).Select(d => (hash[d] / 255f) - 0.5f).ToArray();
            data.Add(new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : new JsonArray([.. vector.Select(v => (JsonNode)v)]),
            });
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = body["model"]?.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        }.ToJsonString();
    }

    private static async Task WriteAsync(HttpListenerContext context, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private sealed record FakeReply(int Status, string? Content, TimeSpan Delay, Task? Release = null, Func<FakeRequest, string>? Write = null);
}
