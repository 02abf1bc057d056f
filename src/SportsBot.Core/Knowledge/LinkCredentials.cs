using System.Text.RegularExpressions;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Links pasted by moderators sometimes carry a user name and password (<c>https://user:pass@host/…</c>). Those are
/// never sent, stored, shown in a reply or logged: every link loses them where it enters the bot.
/// </summary>
public static partial class LinkCredentials
{
    /// <summary>The link without its user name and password; anything else about it is left exactly as it was.</summary>
    public static string Strip(string link)
    {
        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.UserInfo) && !uri.IsFile)
        {
            return uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);
        }

        // A link too broken to parse is still echoed in the refusal that says so: without anything like credentials.
        return UserInfo().Replace(link, "://");
    }

    [GeneratedRegex(@"://[^/?#\s]*@")]
    private static partial Regex UserInfo();
}
