namespace CollabBot.Domain.Network;

/// <summary>How the work reached outside the team (issue 27, item 1): the evidence of linking.</summary>
public enum OutreachKind
{
    /// <summary>A member says where they shared the work (`shared &lt;where&gt;`).</summary>
    Shared,

    /// <summary>A sponsor endorses it (`endorse &lt;text&gt;`).</summary>
    Endorsed,

    /// <summary>Someone outside the team takes it up (`adopter &lt;who&gt;`).</summary>
    Adopter,
}
