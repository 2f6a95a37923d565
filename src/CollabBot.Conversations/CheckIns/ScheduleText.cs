using CollabBot.Conversations.Commands;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// Reads schedules in words people use: "every monday 09:00", "every 2 weeks on tuesday,thursday 16:30
/// Europe/Copenhagen", "every weekday 08:45", or a cron: cron "0 9 * * 1" [zone].
/// </summary>
public static partial class ScheduleText
{
    public const string Examples = "`checkin every monday 09:00`, `checkin every 2 weeks on tuesday,thursday 16:30 Europe/Copenhagen` or `checkin cron \"0 9 * * 1\"`";

    private static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static (ScheduleRequest? Request, string? Error) Parse(string text)
    {
        var cron = CronForm().Match(text);
        if (cron.Success)
        {
            var expression = cron.Groups["cron"].Value.Trim();
            return CheckInCalendar.IsValidCron(expression) && expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5
                ? (new ScheduleRequest(expression, 1, Zone(cron)), null)
                : (null, $"\"{Excerpt.Of(expression)}\" is not a five-field cron expression (minute hour day month weekday), e.g. `checkin cron \"0 9 * * 1\"`.");
        }

        var every = EveryForm().Match(text);
        if (!every.Success)
        {
            return (null, $"I could not read that schedule. Try {Examples}.");
        }

        var interval = every.Groups["n"].Success ? int.Parse(every.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
        if (interval is < 1 or > 52)
        {
            return (null, "Check-ins repeat every 1 to 52 weeks, e.g. `checkin every 2 weeks on monday 09:00`.");
        }

        var days = new SortedSet<int>();
        foreach (var word in every.Groups["days"].Value.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (word.StartsWith("weekday", StringComparison.OrdinalIgnoreCase))
            {
                days.UnionWith([1, 2, 3, 4, 5]);
                continue;
            }

            var day = Array.FindIndex(Days, d => d.StartsWith(word.TrimEnd('s').ToLowerInvariant(), StringComparison.Ordinal) && word.Length >= 3);
            if (day < 0)
            {
                return (null, $"\"{Excerpt.Of(word)}\" is not a day of the week. Write days like `monday` or `tue,thu`.");
            }

            days.Add(day);
        }

        var hour = int.Parse(every.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(every.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return (null, $"{every.Groups["h"].Value}:{every.Groups["m"].Value} is not a time of day. Use 24-hour time such as 09:00 or 16:30.");
        }

        return (new ScheduleRequest($"{minute} {hour} * * {string.Join(',', days)}", interval, Zone(every)), null);
    }

    private static string? Zone(Match match) => match.Groups["zone"].Success && match.Groups["zone"].Value.Length > 0 ? match.Groups["zone"].Value.Trim() : null;

    [GeneratedRegex("""^cron\s+["'](?<cron>[^"']+)["'](\s+(?<zone>\S.*))?$""", RegexOptions.IgnoreCase)]
    private static partial Regex CronForm();

    [GeneratedRegex(@"^every\s+((?<n>\d+)\s+weeks?\s+on\s+)?(?<days>[a-z ,/]+?)\s+(at\s+)?(?<h>\d{1,2}):(?<m>\d{2})(\s+(?<zone>\S.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex EveryForm();
}
