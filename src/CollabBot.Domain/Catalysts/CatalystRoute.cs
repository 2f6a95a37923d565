namespace CollabBot.Domain.Catalysts;

/// <summary>Where a catalyst intervention goes.</summary>
public enum CatalystRoute
{
    /// <summary>Posted in the team channel.</summary>
    Channel,

    /// <summary>Suggested privately to the team's catalyst, who posts or dismisses it.</summary>
    Suggested,

    /// <summary>The channel stopped answering: told privately to the conveners or coordinators instead.</summary>
    Private,

    /// <summary>The catalyst dismissed the suggestion.</summary>
    Dismissed,
}
