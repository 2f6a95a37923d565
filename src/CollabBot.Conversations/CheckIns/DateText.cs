using System.Globalization;
using System.Text.RegularExpressions;

namespace CollabBot.Conversations.CheckIns;

public static partial class DateText
{
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A date from today on, written YYYY-MM-DD. Null with the reason when it is not: not written that way (null
    /// reason: the caller says how to write it), a day that does not exist (2027-02-30), or a day already past.
    /// </summary>
    public static (DateOnly? Date, string? Problem) ReadFuture(string text, DateOnly today)
    {
        var trimmed = text.Trim();
        if (TryParse(trimmed, out var date))
        {
            return date < today
                ? (null, $"{trimmed} is in the past; choose today ({today:yyyy-MM-dd}) or a later day.")
                : (date, null);
        }

        var shape = DateShape().Match(trimmed);
        if (!shape.Success)
        {
            return (null, null);
        }

        var (year, month, day) = (int.Parse(shape.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(shape.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(shape.Groups[3].Value, CultureInfo.InvariantCulture));
        if (month is < 1 or > 12)
        {
            return (null, $"{trimmed} is not a date: a year has 12 months.");
        }

        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return (null, $"{trimmed} is not a date: {monthName} {year} has {DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)} days.");
    }

    public static string Show(DateTimeOffset local) => local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as its reader reads it: in <paramref name="zoneId"/>, with the zone's name ("Mon 21 Dec 2026 09:00 Europe/Copenhagen").</summary>
    public static string ShowIn(DateTimeOffset instant, string zoneId) => $"{Show(CheckInCalendar.Local(instant, zoneId))} {ZoneName(zoneId)}";

    /// <summary>One name per zone: UTC however it was written (Etc/UTC, Universal, Zulu), else the id.</summary>
    public static string ZoneName(string zoneId) =>
        zoneId is "UTC" or "Etc/UTC" or "Etc/Universal" or "Universal" or "Etc/Zulu" or "Zulu" or "Etc/UCT" or "UCT" or "Coordinated Universal Time" ? "UTC" : zoneId;

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex DateShape();
}
