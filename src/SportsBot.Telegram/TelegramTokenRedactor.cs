using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace SportsBot.Telegram;

/// <summary>
/// Takes the bot token out of text that may be logged. Every Bot API path holds it (/bot&lt;token&gt;/sendMessage), and
/// a server or a proxy in front of it may echo the path in an error ("Not Found: POST /bot123:ABC/…"), which would
/// otherwise reach the logs inside an exception's message.
/// </summary>
public sealed class TelegramTokenRedactor(IOptions<TelegramOptions> options) : IExceptionParser
{
    public const string Placeholder = "<token>";

    private readonly DefaultExceptionParser _parser = new();

    public string Redact(string text)
    {
        var token = options.Value.Token;
        if (string.IsNullOrEmpty(token))
        {
            return text;
        }

        // The secret half alone (after "123456:") is as good as the token to whoever reads it.
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var redacted = text.Replace(token, Placeholder, StringComparison.Ordinal);
        return secret.Length >= 8 ? redacted.Replace(secret, Placeholder, StringComparison.Ordinal) : redacted;
    }

    /// <summary>The exception itself when nothing in it holds the token; else one like it whose text does not.</summary>
    public Exception Redact(Exception exception)
    {
        var text = exception.ToString();
        if (Redact(text) == text)
        {
            return exception;
        }

        // The inner exceptions are left out: their text is what held the token, and their stack traces say nothing new.
        return exception switch
        {
            ApiRequestException api => new ApiRequestException(Redact(api.Message), api.ErrorCode, api.Parameters),
            RequestException request when request.HttpStatusCode is { } status => new RequestException(Redact(request.Message), status),
            RequestException request => new RequestException(Redact(request.Message)),
            _ => new RequestException($"{exception.GetType().Name}: {Redact(exception.Message)}"),
        };
    }

    /// <summary>How Telegram.Bot turns a failed response into an exception: as usual, with the token out of the description.</summary>
    public ApiRequestException Parse(ApiResponse apiResponse)
    {
        var parsed = _parser.Parse(apiResponse);
        return Redact(parsed.Message) == parsed.Message ? parsed : new ApiRequestException(Redact(parsed.Message), parsed.ErrorCode, parsed.Parameters);
    }
}
