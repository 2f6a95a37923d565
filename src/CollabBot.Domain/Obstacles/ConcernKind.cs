namespace CollabBot.Domain.Obstacles;

public enum ConcernKind
{
    /// <summary>Something in the way now; routed to who can remove it (DOMAIN.md §1, Implement; §2, sponsors).</summary>
    Obstacle,

    /// <summary>Something that may go wrong; it has an owner (DOMAIN.md §5, risk round).</summary>
    Risk,
}
