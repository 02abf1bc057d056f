using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SportsBot.Tests.Infrastructure;

/// <summary>A small HTTP server on 127.0.0.1 serving canned responses by path, for fetch and feed tests.</summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerRequest, Response>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalWebServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public List<string> Requests { get; } = [];

    public string Url(string path) => BaseUrl + path;

    public void Map(string path, Func<HttpListenerRequest, Response> handler)
    {
        lock (_routes)
        {
            _routes[path] = handler;
        }
    }

    public void Map(string path, Response response) => Map(path, _ => response);

    public static Response Html(string html) => new(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static Response Redirect(string location) => new(302, null, [], new() { ["Location"] = location });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();

        // Close alone: Stop then Close unregisters the prefix twice, and on Linux the second pass binds the port
        // again, which fails with "Address already in use" once another test has taken that port.
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
            // The loop ends with the listener's disposal exception; nothing to report.
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            var path = context.Request.Url!.AbsolutePath;
            lock (Requests)
            {
                Requests.Add(path);
            }

            Func<HttpListenerRequest, Response>? handler;
            lock (_routes)
            {
                _routes.TryGetValue(path, out handler);
            }

            var response = handler?.Invoke(context.Request) ?? new Response(404, "text/plain", "not found"u8.ToArray());
            try
            {
                context.Response.StatusCode = response.Status;
                if (response.ContentType is not null)
                {
                    context.Response.ContentType = response.ContentType;
                }

                foreach (var (key, value) in response.Headers ?? [])
                {
                    context.Response.Headers[key] = value;
                }

                context.Response.ContentLength64 = response.Body.Length;
                await context.Response.OutputStream.WriteAsync(response.Body);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client gave up (size cap, timeout): that is what some tests provoke.
            }
        }
    }

    public sealed record Response(int Status, string? ContentType, byte[] Body, Dictionary<string, string>? Headers = null);
}
