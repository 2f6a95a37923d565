namespace CollabBot.Domain.Network;

/// <summary>How far the collaboration reaches, read from what people do (DOMAIN.md §1; Cui &amp; Osborne 2019).</summary>
public enum NetworkStage
{
    /// <summary>A few key leaders agree the initiative and the shared targets.</summary>
    Coupling,

    /// <summary>A wider cross-sector network forms around them.</summary>
    Integration,

    /// <summary>The network reaches the world outside it.</summary>
    Linking,
}
