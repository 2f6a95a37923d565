namespace CollabBot.Domain.Collaborations;

/// <summary>How far the collaboration reaches, derived from who takes part (DOMAIN.md §1).</summary>
public enum NetworkStage
{
    /// <summary>A few key leaders agree the initiative and the shared targets.</summary>
    Coupling,

    /// <summary>A wider cross-sector network forms around them.</summary>
    Integration,

    /// <summary>The network reaches the world outside it.</summary>
    Linking,
}
