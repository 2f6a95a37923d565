using CollabBot.Domain.Actions;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Domain.Agenda;

/// <summary>The points of a drafted agenda, each list in the order it should be taken.</summary>
public sealed record AgendaDraft(
    IReadOnlyList<Decision> OpenDecisions,
    IReadOnlyList<AgendaReservation> Reservations,
    IReadOnlyList<Concern> Obstacles,
    IReadOnlyList<ActionItem> OverdueActions,
    IReadOnlyList<string> PhaseLacks)
{
    public bool IsEmpty => OpenDecisions.Count + Reservations.Count + Obstacles.Count + OverdueActions.Count + PhaseLacks.Count == 0;
}
