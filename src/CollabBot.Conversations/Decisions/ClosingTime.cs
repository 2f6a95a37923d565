using System.Globalization;
using System.Text.RegularExpressions;

namespace CollabBot.Conversations.Decisions;

/// <summary>
/// Reads "closes &lt;date or duration&gt;" at the end of a proposal: a date (2026-12-01, closing at the end of that
/// day in the team's time zone) or a duration (3d, 48h, 2 weeks, P5D). Without it, a proposal closes in 7 days.
/// </summary>
public static partial class ClosingTime
{
    public static readonly TimeSpan Default = TimeSpan.FromDays(7);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(90);

    /// <summary>The proposal text and its closing time, or an error written for the person.</summary>
    public static (string Text, DateTimeOffset ClosesAt, string? Error) Split(string arguments, DateTimeOffset now, TimeZoneInfo zone)
    {
        var match = Tail().Match(arguments);
        if (!match.Success)
        {
            return (arguments.Trim(), now + Default, null);
        }

        var text = arguments[..match.Index].Trim();
        var when = match.Groups["when"].Value.Trim();
        // Compared as spans before any date is computed, so 9999-12-31 or P99999999D is out of range, not an overflow.
        TimeSpan? after = TryDuration(when, out var duration) ? duration : TryDate(when, zone, now, out var until) ? until : null;
        if (after is null)
        {
            return (text, now, $"I can't read \"{Commands.Excerpt.Of(when)}\" as a date or duration. Write e.g. `closes 3d`, `closes 48h`, `closes 2 weeks` or `closes 2026-12-01`.");
        }

        if (after <= TimeSpan.Zero || after > Longest)
        {
            return (text, now, $"A proposal closes between now and {Longest.TotalDays} days from now.");
        }

        return (text, now + after.Value, null);
    }

    private static bool TryDuration(string when, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (when.StartsWith('P'))
        {
            try
            {
                duration = System.Xml.XmlConvert.ToTimeSpan(when);
                return true;
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                return false;
            }
        }

        var match = Duration().Match(when);
        if (!match.Success)
        {
            return false;
        }

        var amount = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        duration = char.ToLowerInvariant(match.Groups["unit"].Value[0]) switch
        {
            'h' => TimeSpan.FromHours(amount),
            'w' => TimeSpan.FromDays(7 * amount),
            'm' => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromDays(amount),
        };
        return true;
    }

    /// <summary>The time from now to the end of that day in the team's zone; a date years away reads as far too long.</summary>
    private static bool TryDate(string when, TimeZoneInfo zone, DateTimeOffset now, out TimeSpan until)
    {
        until = default;
        if (!DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        if (Math.Abs(date.DayNumber - DateOnly.FromDateTime(now.UtcDateTime).DayNumber) > 3660)
        {
            until = TimeSpan.MaxValue;
            return true;
        }

        var endOfDay = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        until = new DateTimeOffset(endOfDay, zone.GetUtcOffset(endOfDay)) - now;
        return true;
    }

    [GeneratedRegex(@"\s+closes\s+(?<when>\S+(\s+\w+)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<unit>h|hours?|d|days?|w|weeks?|min|minutes?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
