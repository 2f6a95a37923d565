namespace CollabBot.Domain.Decisions;

/// <summary>A member's position in a consent poll (DOMAIN.md §6).</summary>
public enum Stance
{
    Agree,
    AgreeWithReservations,
    Disagree,
    Block,
}
