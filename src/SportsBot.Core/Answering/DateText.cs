using System.Globalization;

namespace SportsBot.Core.Answering;

/// <summary>How dates read in answers and source lists: "8 December 2023", or "date unknown".</summary>
public static class DateText
{
    public const string Unknown = "date unknown";

    public static string Format(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? Unknown;

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>1 for "January" (or "Jan", any case), 12 for "December".</summary>
    public static int MonthNumber(string name) => DateTime.ParseExact(name[..3], "MMM", CultureInfo.InvariantCulture).Month;
}
