namespace CollabBot.Domain.Decisions;

/// <summary>One member's current position on a decision, with its reason. A reservation is kept until its holder resolves it.</summary>
public sealed class Position
{
    public const int MaxReasonLength = 500;

    private Position()
    {
    }

    internal Position(Guid decisionId, Guid memberId, Stance stance, string? reason, DateTimeOffset takenAt)
    {
        Id = Guid.NewGuid();
        DecisionId = decisionId;
        MemberId = memberId;
        Change(stance, reason, takenAt);
    }

    public Guid Id { get; private set; }
    public Guid DecisionId { get; private set; }

    /// <summary>Null once the member asked to be forgotten: the position still counts in the closed tally, anonymously.</summary>
    public Guid? MemberId { get; private set; }

    public Stance Stance { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset TakenAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? BroughtBackAt { get; private set; }

    /// <summary>
    /// A citizen's or end user's disagreement on a decision the team agreed: kept and brought back like a reservation
    /// (issue 27, item 2), so the voice the research finds seldom heard is not outvoted and dropped.
    /// </summary>
    public bool KeptAsReservation { get; private set; }

    public bool IsOpenReservation => (Stance == Stance.AgreeWithReservations || KeptAsReservation) && ResolvedAt is null;

    internal void Change(Stance stance, string? reason, DateTimeOffset takenAt)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (stance == Stance.Block && trimmed is null)
        {
            throw new DomainRuleViolation("A block needs a reason: what would have to change for you to consent?");
        }

        if (trimmed is { Length: > MaxReasonLength })
        {
            throw new DomainRuleViolation($"The reason is {trimmed.Length} characters long; the most is {MaxReasonLength}.");
        }

        Stance = stance;
        Reason = trimmed;
        TakenAt = takenAt;
        ResolvedAt = null;
        BroughtBackAt = null;
    }

    internal void Resolve(DateTimeOffset now) => ResolvedAt = now;

    internal void KeepAsReservation() => KeptAsReservation = true;

    internal void MarkBroughtBack(DateTimeOffset now) => BroughtBackAt = now;

    internal void Anonymise()
    {
        MemberId = null;
        Reason = null;
    }
}
