using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.Retrospectives;

/// <summary>
/// The short look back when a phase ends (issue 27, item 6): members answer what they learned, whether their view of the
/// problem changed and what to keep doing, for <see cref="AnswerWindow"/>; then a summary that names nobody is kept.
/// </summary>
public sealed class Retrospective
{
    /// <summary>A few days: long enough for part-time members of several organisations to answer, short enough to still remember the phase.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromDays(3);

    public const int MaxSummaryLength = 4000;

    private Retrospective()
    {
    }

    private Retrospective(Guid collaborationId, Phase phase, DateTimeOffset openedAt)
    {
        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        Phase = phase;
        OpenedAt = openedAt;
        ClosesAt = openedAt + AnswerWindow;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }

    /// <summary>The phase that ended and is looked back on.</summary>
    public Phase Phase { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }

    /// <summary>When the summary was made; null while members may still answer.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The summary, without names; null until closed.</summary>
    public string? Summary { get; private set; }

    public int AnswerCount { get; private set; }

    /// <summary>Opened when a collaboration leaves <paramref name="ended"/>.</summary>
    public static Retrospective Open(Collaboration collaboration, Phase ended, DateTimeOffset now) => new(collaboration.Id, ended, now);

    public bool IsOpen(DateTimeOffset now) => ClosedAt is null && now < ClosesAt;

    /// <summary>Due to close once the answer window has passed.</summary>
    public bool IsDue(DateTimeOffset now) => ClosedAt is null && now >= ClosesAt;

    /// <summary>Checks an answer can still be given now.</summary>
    public void EnsureOpen(DateTimeOffset now)
    {
        if (!IsOpen(now))
        {
            throw new DomainRuleViolation($"The look back on {Phase} has closed; its summary is in `status`.");
        }
    }

    public void Close(RetrospectiveSummary summary, DateTimeOffset now)
    {
        if (ClosedAt is not null)
        {
            return;
        }

        (Summary, AnswerCount, ClosedAt) = (summary.Text.Length > MaxSummaryLength ? summary.Text[..(MaxSummaryLength - 1)] + "…" : summary.Text, summary.Answers, now);
    }
}
