using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Domain.Agenda;

/// <summary>
/// Drafts the agenda of the team's next meeting (issue 28, point 5) from what is waiting for it: open proposals
/// (closing soonest first), reservations on agreed proposals that come back within <see cref="ReservationHorizon"/>
/// or came back and still stand, open obstacles (oldest first), overdue actions (longest overdue first) and what the
/// current phase's checklist still lacks.
/// </summary>
public static class MeetingAgenda
{
    public static readonly TimeSpan ReservationHorizon = TimeSpan.FromDays(7);

    public static AgendaDraft Draft(
        Collaboration collaboration,
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<Concern> concerns,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<ChecklistItem> checklist,
        DateTimeOffset now,
        DateOnly today)
    {
        var members = collaboration.Members.Select(m => m.Id).ToHashSet();
        var reservations = decisions
            .Where(d => d.Outcome == DecisionOutcome.ProvisionallyAgreed && d.ClosedAt is { } closed && closed + Decision.ReservationReview <= now + ReservationHorizon)
            .OrderBy(d => d.ClosedAt)
            .SelectMany(d => d.CountedPositions(members).Where(p => p.IsOpenReservation).Select(p => new AgendaReservation(d, p)))
            .ToList();
        return new AgendaDraft(
            decisions.Where(d => d.IsOpen).OrderBy(d => d.ClosesAt).ToList(),
            reservations,
            concerns.Where(c => c.Kind == ConcernKind.Obstacle && c.IsOpen).OrderBy(c => c.RaisedAt).ToList(),
            actions.Where(a => a.IsOverdue(today)).OrderBy(a => a.DueOn).ThenBy(a => a.Number).ToList(),
            checklist.Where(i => i.Met == false).Select(i => i.Text).ToList());
    }
}
