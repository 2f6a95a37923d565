using CollabBot.Domain.Decisions;

namespace CollabBot.Domain.Agenda;

/// <summary>An open reservation on an agreed proposal, coming back to the team.</summary>
public sealed record AgendaReservation(Decision Decision, Position Position);
