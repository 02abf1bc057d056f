using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering;

/// <summary>
/// "Thanks!", "hello", "ok": a message that is only a greeting or a thank-you gets a short reply of its own, not
/// an answer to whatever was asked before it.
/// </summary>
public static partial class SmallTalk
{
    public static string? ReplyTo(string message)
    {
        var text = message.Trim().ToLowerInvariant();
        if (Thanks().IsMatch(text))
        {
            return "You're welcome! Ask me anything else about sport and politics.";
        }

        if (Greeting().IsMatch(text))
        {
            return "Hello! Ask me a question about sport and politics, for example: Can Belarusian athletes compete at Paris 2024?";
        }

        return Acknowledgement().IsMatch(text) ? "Glad to help. Ask me another question any time." : null;
    }

    [GeneratedRegex(@"^(?:(?:ok|okay|great|cool|nice|perfect|awesome)[\s,!.]+)?(?:thanks?|thank you|thank you very much|thanks a lot|many thanks|thx|ty|cheers)(?:\s+(?:a lot|so much|very much|bot|sportsbot|mate|again))?[\s!.🙏👍]*$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|greetings)(?:\s+(?:there|bot|sportsbot|all|everyone))?[\s!.👋]*$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:ok|okay|k|got it|i see|understood|great|cool|nice|perfect|awesome|alright|bye|goodbye|see you)[\s!.👍]*$")]
    private static partial Regex Acknowledgement();
}
