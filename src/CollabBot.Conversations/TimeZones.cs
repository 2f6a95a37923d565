using TimeZoneConverter;

namespace CollabBot.Conversations;

/// <summary>Time zone ids as people write them: IANA or Windows, always stored as IANA.</summary>
public static class TimeZones
{
    public static bool TryResolve(string id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        var trimmed = id.Trim();
        if (trimmed.Length is 0 or > 64)
        {
            return false;
        }

        if (!TZConvert.TryGetTimeZoneInfo(trimmed, out var found))
        {
            return false;
        }

        zone = TZConvert.TryWindowsToIana(found.Id, out var iana) ? TZConvert.GetTimeZoneInfo(iana) : found;
        return true;
    }
}
