using System.Globalization;

namespace SportsBot.Core;

/// <summary>"1 passage", "2 passages", "0 items": a count with its noun agreeing.</summary>
public static class Counted
{
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
