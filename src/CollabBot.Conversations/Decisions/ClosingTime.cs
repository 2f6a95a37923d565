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
        DateTimeOffset? closesAt = TryDuration(when, out var duration) ? now + duration : TryDate(when, zone, out var date) ? date : null;
        if (closesAt is null)
        {
            return (text, now, $"I can't read \"{when}\" as a date or duration. Write e.g. `closes 3d`, `closes 48h`, `closes 2 weeks` or `closes 2026-12-01`.");
        }

        if (closesAt <= now || closesAt - now > Longest)
        {
            return (text, now, $"A proposal closes between now and {Longest.TotalDays} days from now.");
        }

        return (text, closesAt.Value, null);
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
            catch (FormatException)
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

    private static bool TryDate(string when, TimeZoneInfo zone, out DateTimeOffset closesAt)
    {
        closesAt = default;
        if (!DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        var endOfDay = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        closesAt = new DateTimeOffset(endOfDay, zone.GetUtcOffset(endOfDay));
        return true;
    }

    [GeneratedRegex(@"\s+closes\s+(?<when>\S+(\s+\w+)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?<unit>h|hours?|d|days?|w|weeks?|min|minutes?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
