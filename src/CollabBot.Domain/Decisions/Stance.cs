namespace CollabBot.Domain.Decisions;

/// <summary>A member's position in a consent poll (DOMAIN.md §6).</summary>
public enum Stance
{
    Agree,
    AgreeWithReservations,
    Disagree,
    Block,

    /// <summary>Takes part without taking a side: counts for turnout and quorum, not for or against.</summary>
    Abstain,
}
