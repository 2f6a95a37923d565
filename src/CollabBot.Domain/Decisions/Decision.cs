namespace CollabBot.Domain.Decisions;

/// <summary>
/// A consent poll on a proposal (DOMAIN.md §6): members agree, agree with reservations, disagree or block;
/// they may change their position while it is open. At close the <see cref="DecisionOutcomeRule"/> decides.
/// </summary>
public sealed class Decision
{
    public const int MaxTextLength = 1000;

    /// <summary>A reservation comes back to the team this long after the decision closed (issue 8, point 1).</summary>
    public static readonly TimeSpan ReservationReview = TimeSpan.FromDays(28);

    private readonly List<Position> _positions = [];

    private Decision()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }

    /// <summary>Short number within the collaboration, as people type it ("close 3").</summary>
    public int Number { get; private set; }

    public string Text { get; private set; }

    /// <summary>Null once the proposer asked to be forgotten.</summary>
    public Guid? ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DecisionOutcome? Outcome { get; private set; }

    /// <summary>Everyone agreed at once with no reservation: read by the catalyst's too-fast-consensus rule.</summary>
    public bool FastConsensus { get; private set; }

    /// <summary>Goes up with every change of the tally, so each new version of the card has its own outbox key.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<Position> Positions => _positions;
    public bool IsOpen => ClosedAt is null;

    public static Decision Propose(Guid collaborationId, int number, string text, Guid proposedBy, DateTimeOffset now, DateTimeOffset closesAt)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation("Say what you propose, e.g. `propose We pilot in Nørrebro closes 7d`.");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"The proposal is {trimmed.Length} characters long; the most is {MaxTextLength}.");
        }

        if (closesAt <= now)
        {
            throw new DomainRuleViolation("A proposal must close in the future.");
        }

        return new Decision
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaborationId,
            Number = number,
            Text = trimmed,
            ProposedBy = proposedBy,
            ProposedAt = now,
            ClosesAt = closesAt,
        };
    }

    public Position? PositionOf(Guid memberId) => _positions.FirstOrDefault(p => p.MemberId == memberId);

    /// <summary>Takes or changes the member's position while the decision is open.</summary>
    public Position TakePosition(Guid memberId, Stance stance, string? reason, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Proposal {Number} is closed; positions can no longer change.");
        }

        var position = PositionOf(memberId);
        if (position is null)
        {
            position = new Position(Id, memberId, stance, reason, now);
            _positions.Add(position);
        }
        else
        {
            position.Change(stance, reason, now);
        }

        Revision++;
        return position;
    }

    /// <summary>
    /// Closes the poll. Only positions of people who are still members count. Closing twice is refused.
    /// </summary>
    public DecisionOutcome Close(IReadOnlyCollection<Guid> memberIds, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Proposal {Number} is already closed.");
        }

        var counted = CountedPositions(memberIds);
        Outcome = DecisionOutcomeRule.Decide(counted.Select(p => p.Stance).ToList());
        FastConsensus = Outcome == DecisionOutcome.ProvisionallyAgreed
            && DecisionOutcomeRule.IsFastConsensus(ProposedAt, memberIds, counted);
        ClosedAt = now;
        Revision++;
        return Outcome.Value;
    }

    public IReadOnlyList<Position> CountedPositions(IReadOnlyCollection<Guid> memberIds) =>
        _positions.Where(p => p.MemberId is { } id && memberIds.Contains(id)).ToList();

    /// <summary>The holder settles their reservation; it is not brought back again.</summary>
    public void ResolveReservation(Guid memberId, DateTimeOffset now)
    {
        if (PositionOf(memberId) is not { IsOpenReservation: true } position)
        {
            throw new DomainRuleViolation($"You hold no open reservation on proposal {Number}. Type `reservations` to see the open ones.");
        }

        position.Resolve(now);
    }

    /// <summary>Open reservations on an agreed decision whose review time has come and that were not brought back yet.</summary>
    public IReadOnlyList<Position> ReservationsDue(DateTimeOffset now) =>
        Outcome == DecisionOutcome.ProvisionallyAgreed && ClosedAt is { } closed && now - closed >= ReservationReview
            ? _positions.Where(p => p.IsOpenReservation && p.BroughtBackAt is null && p.MemberId is not null).ToList()
            : [];

    public void MarkBroughtBack(Position position, DateTimeOffset now) => position.MarkBroughtBack(now);

    /// <summary>Erases a member: their positions stay only as anonymous counts.</summary>
    public void Forget(Guid memberId)
    {
        foreach (var position in _positions.Where(p => p.MemberId == memberId))
        {
            position.Anonymise();
        }

        if (ProposedBy == memberId)
        {
            ProposedBy = null;
        }
    }
}
