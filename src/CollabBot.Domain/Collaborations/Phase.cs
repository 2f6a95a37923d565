namespace CollabBot.Domain.Collaborations;

/// <summary>The innovation process, in order (DOMAIN.md §1).</summary>
public enum Phase
{
    Understand,
    Ideate,
    Test,
    Implement,
    Spread,
}
