namespace CollabBot.Domain.Decisions;

/// <summary>
/// A consent poll on a proposal (DOMAIN.md §6): members agree, agree with reservations, disagree, block or abstain;
/// they may change their position while it is open. Those who have not taken one hear of it once before it closes.
/// At close the <see cref="DecisionOutcomeRule"/> decides, with the quorum the proposal was made under.
/// </summary>
public sealed class Decision
{
    public const int MaxTextLength = 1000;
    public const int MaxBackgroundLength = 2000;

    /// <summary>Without a mark, a decision that stays open this long or longer is substantive (issue 28, point 2).</summary>
    public static readonly TimeSpan SubstantiveWindow = TimeSpan.FromHours(48);

    /// <summary>Members without a position are reminded this long before it closes (halfway, for a shorter poll).</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

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

    public DecisionWeight Weight { get; private set; }

    /// <summary>The share of members (percent) who must take a position, fixed when it was proposed; null for none.</summary>
    public int? QuorumPercent { get; private set; }

    /// <summary>The idea it was promoted from, by number.</summary>
    public int? FromIdea { get; private set; }

    /// <summary>The joint puzzle it was started from, by number; its findings are the <see cref="Background"/>.</summary>
    public int? FromPuzzle { get; private set; }

    public string? Background { get; private set; }

    /// <summary>When members who have not taken a position are reminded, once.</summary>
    public DateTimeOffset RemindAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    /// <summary>Goes up with every change of the tally, so each new version of the card has its own outbox key.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<Position> Positions => _positions;
    public bool IsOpen => ClosedAt is null;

    /// <summary>Substantive when the proposer says so, or, unless they marked it logistics, when it is open 48 hours or more.</summary>
    public bool IsSubstantive => Weight == DecisionWeight.Substantive
        || (Weight == DecisionWeight.Unmarked && ClosesAt - ProposedAt >= SubstantiveWindow);

    public static Decision Propose(
        Guid collaborationId, int number, string text, Guid proposedBy, DateTimeOffset now, DateTimeOffset closesAt, ProposalTerms? terms = null)
    {
        terms ??= ProposalTerms.None;
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

        if (terms.QuorumPercent is < 1 or > 100)
        {
            throw new DomainRuleViolation("A quorum is a share of the members between 1% and 100%.");
        }

        var background = string.IsNullOrWhiteSpace(terms.Background) ? null : terms.Background.Trim();
        if (background is { Length: > MaxBackgroundLength })
        {
            throw new DomainRuleViolation($"The background is {background.Length} characters long; the most is {MaxBackgroundLength}.");
        }

        var lead = closesAt - now < 2 * ReminderLead ? (closesAt - now) / 2 : ReminderLead;
        return new Decision
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaborationId,
            Number = number,
            Text = trimmed,
            ProposedBy = proposedBy,
            ProposedAt = now,
            ClosesAt = closesAt,
            Weight = terms.Weight,
            QuorumPercent = terms.QuorumPercent,
            FromIdea = terms.FromIdea,
            FromPuzzle = terms.FromPuzzle,
            Background = background,
            RemindAt = closesAt - lead,
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
    /// Closes the poll. Only positions of people who are still members count. Closing twice is refused. When the team
    /// agrees, the disagreements of <paramref name="citizenIds"/> (citizens and end users) are kept like reservations.
    /// </summary>
    public DecisionOutcome Close(IReadOnlyCollection<Guid> memberIds, DateTimeOffset now, IReadOnlySet<Guid>? citizenIds = null)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Proposal {Number} is already closed.");
        }

        var counted = CountedPositions(memberIds);
        Outcome = DecisionOutcomeRule.Decide(counted.Select(p => p.Stance).ToList(), memberIds.Count, QuorumPercent);
        FastConsensus = Outcome == DecisionOutcome.ProvisionallyAgreed && IsSubstantive
            && DecisionOutcomeRule.IsFastConsensus(ProposedAt, ProposedBy, memberIds, counted);
        ClosedAt = now;
        if (Outcome == DecisionOutcome.ProvisionallyAgreed && citizenIds is not null)
        {
            counted.Where(p => p.Stance == Stance.Disagree && p.MemberId is { } id && citizenIds.Contains(id)).ToList().ForEach(p => p.KeepAsReservation());
        }

        Revision++;
        return Outcome.Value;
    }

    public IReadOnlyList<Position> CountedPositions(IReadOnlyCollection<Guid> memberIds) =>
        _positions.Where(p => p.MemberId is { } id && memberIds.Contains(id)).ToList();

    /// <summary>Who of the current members took part, and who has not taken a position yet (in the order given).</summary>
    public Turnout Turnout(IReadOnlyList<Guid> memberIds)
    {
        var counted = CountedPositions(memberIds.ToHashSet());
        var notYet = memberIds.Where(id => counted.All(p => p.MemberId != id)).Distinct().ToList();
        return new Turnout(counted.Count, memberIds.Distinct().Count(), counted.Count(p => p.Stance == Stance.Abstain), notYet, QuorumPercent);
    }

    /// <summary>Open, past its reminder time and not reminded yet.</summary>
    public bool IsReminderDue(DateTimeOffset now) => IsOpen && RemindedAt is null && now >= RemindAt && now < ClosesAt;

    /// <summary>The reminder to those without a position went out; it goes once.</summary>
    public void MarkReminded(DateTimeOffset now) => RemindedAt ??= now;

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
