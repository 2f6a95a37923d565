namespace CollabBot.Domain.CheckIns;

/// <summary>A member's answer to one check-in: the small win, how well the collaboration served their commitment, and more.</summary>
public sealed class CheckInAnswer
{
    public const int MaxTextLength = 1000;

    private CheckInAnswer()
    {
        SmallWin = "";
    }

    public CheckInAnswer(Guid occurrenceId, Guid collaborationId, Guid memberId, DateTimeOffset answeredAt)
    {
        Id = Guid.NewGuid();
        OccurrenceId = occurrenceId;
        CollaborationId = collaborationId;
        MemberId = memberId;
        AnsweredAt = answeredAt;
        SmallWin = "";
    }

    public Guid Id { get; private set; }
    public Guid OccurrenceId { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    /// <summary>The small win; empty when the member had nothing to report this time (never celebrated).</summary>
    public string SmallWin { get; private set; }

    public bool NothingToReport => SmallWin.Length == 0;

    /// <summary>1 (not at all) to 5 (fully).</summary>
    public int Rating { get; private set; }

    public ValueDimension? Dimension { get; private set; }
    public string? Obstacle { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>Whether the member's commitment still holds (keep) or should change; null when not asked or not answered (issue 27, item 3).</summary>
    public bool? CommitmentHolds { get; private set; }

    public void AnswerCommitment(bool? holds) => CommitmentHolds = holds;

    /// <summary>An empty <paramref name="smallWin"/> answers "nothing to report this time".</summary>
    public void Fill(string? smallWin, int rating, ValueDimension? dimension, string? obstacle, DateTimeOffset now, bool isEdit)
    {
        if (rating is < 1 or > 5)
        {
            throw new DomainRuleViolation("Rate how well the collaboration served your commitment from 1 to 5.");
        }

        if (smallWin?.Length > MaxTextLength || obstacle?.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"Keep each answer under {MaxTextLength} characters.");
        }

        SmallWin = smallWin?.Trim() ?? "";
        Rating = rating;
        Dimension = dimension;
        Obstacle = string.IsNullOrWhiteSpace(obstacle) ? null : obstacle.Trim();
        if (isEdit)
        {
            EditedAt = now;
        }
    }
}
