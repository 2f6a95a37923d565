using System.Globalization;
using System.Text.RegularExpressions;

namespace CollabBot.Conversations.Actions;

/// <summary>
/// Reads a due date as people write it, in the team's calendar: 2026-12-04, today, tomorrow, a weekday (the next one
/// after today), or a span from today (3d, 2 weeks, 10 days).
/// </summary>
public static partial class DueDateText
{
    public const string Examples = "`due 2026-12-04`, `due friday`, `due tomorrow` or `due 2 weeks`";

    public static bool TryRead(string text, DateOnly today, out DateOnly date)
    {
        var word = text.Trim().ToLowerInvariant();
        date = default;
        if (DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        switch (word)
        {
            case "today":
                date = today;
                return true;
            case "tomorrow":
                date = today.AddDays(1);
                return true;
        }

        if (Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var weekday) && Enum.IsDefined(weekday) && !char.IsDigit(word[0]))
        {
            var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
            date = today.AddDays(ahead == 0 ? 7 : ahead);
            return true;
        }

        var span = Span().Match(word);
        if (!span.Success || !int.TryParse(span.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        date = today.AddDays(span.Groups["unit"].Value.StartsWith('w') ? 7 * amount : amount);
        return true;
    }

    /// <summary>Whether the words look like an attempt at a date (so a bad one is refused, not read as part of the text).</summary>
    public static bool LooksLikeDate(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        return word.Length > 0 && (char.IsDigit(word[0]) || word is "today" or "tomorrow"
            || Enum.GetNames<DayOfWeek>().Any(d => word.StartsWith(d, StringComparison.OrdinalIgnoreCase)));
    }

    [GeneratedRegex(@"^(in\s+)?(?<n>\d{1,3})\s*(?<unit>d|days?|w|weeks?)$")]
    private static partial Regex Span();
}
