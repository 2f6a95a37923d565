namespace CollabBot.Domain.Decisions;

/// <summary>How a closed consent poll ended (issue 8, point 1).</summary>
public enum DecisionOutcome
{
    /// <summary>Most positions agree (with or without reservations) and no one blocks; the agreement is provisional.</summary>
    ProvisionallyAgreed,

    NotAgreed,

    /// <summary>Fewer members took a position (abstaining included) than the collaboration's quorum asks.</summary>
    NoQuorum,
}
