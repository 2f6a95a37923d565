using System.Globalization;

namespace CollabBot.Conversations.CheckIns;

public static class DateText
{
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Show(DateTimeOffset local) => local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
}
