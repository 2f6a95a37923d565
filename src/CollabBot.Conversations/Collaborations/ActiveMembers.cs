using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

/// <summary>Members who are not away today, in the team's calendar.</summary>
public static class ActiveMembers
{
    public static IReadOnlyList<Guid> Of(Collaboration collaboration, DateTimeOffset now)
    {
        var zone = TimeZones.TryResolve(collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return collaboration.Members.Where(m => !m.IsAway(today)).Select(m => m.Id).ToList();
    }
}
