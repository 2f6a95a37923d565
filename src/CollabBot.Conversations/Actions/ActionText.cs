using System.Globalization;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Collaborations;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Actions;

/// <summary>How actions read, wherever they are shown: "7. Call the board (Ben, due Fri 4 Dec)".</summary>
public static class ActionText
{
    /// <summary>Today in the team's calendar, the one due dates are written in.</summary>
    public static DateOnly Today(Collaboration collaboration, DateTimeOffset now) =>
        DateOnly.FromDateTime(CheckInCalendar.Local(now, collaboration.TimeZoneId).DateTime);

    public static string Day(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The action with its owner (when <paramref name="named"/>) and its due date.</summary>
    public static string Line(ActionItem action, Collaboration collaboration, DateOnly today, bool named = true)
    {
        var details = new List<string>();
        if (named)
        {
            details.Add(action.OwnerId is null ? "no owner yet" : MemberNames.Of(collaboration, action.OwnerId));
        }

        if (action.DueOn is { } due)
        {
            details.Add(action.IsOverdue(today) ? $"was due {Day(due, today)}" : $"due {Day(due, today)}");
        }

        return details.Count == 0 ? $"{action.Number}. {action.Text}" : $"{action.Number}. {action.Text} ({string.Join(", ", details)})";
    }

    /// <summary>Open actions listed in one owner's check-in prompt; more are counted.</summary>
    public const int MaxInCheckIn = 5;

    /// <summary>
    /// What the check-in asks an owner about their open actions (issue 28, point 4), overdue first; empty without any.
    /// </summary>
    public static string CheckInQuestion(IEnumerable<ActionItem> actions, Guid ownerId, Collaboration collaboration, DateOnly today)
    {
        var mine = actions.Where(a => a.IsOpen && a.OwnerId == ownerId)
            .OrderByDescending(a => a.IsOverdue(today)).ThenBy(a => a.DueOn ?? DateOnly.MaxValue).ThenBy(a => a.Number).ToList();
        if (mine.Count == 0)
        {
            return "";
        }

        var listed = string.Join("; ", mine.Take(MaxInCheckIn).Select(a => Line(a, collaboration, today, named: false)));
        var more = mine.Count > MaxInCheckIn ? $" and {mine.Count - MaxInCheckIn} more (`actions mine`)" : "";
        return $" And how are your open actions going? {listed}{more}. `done action <number>` in the team's channel closes one.";
    }
}
