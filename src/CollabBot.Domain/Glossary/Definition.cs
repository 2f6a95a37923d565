namespace CollabBot.Domain.Glossary;

/// <summary>
/// A proposed definition of a term in the team's shared glossary (DOMAIN.md §6). Members agree with it; it is
/// accepted by the <see cref="GlossaryAcceptanceRule"/> or a convener's confirmation. A later accepted definition
/// of the same term supersedes it.
/// </summary>
public sealed class Definition
{
    public const int MaxTermLength = 80;
    public const int MaxTextLength = 1000;

    private List<Guid> _agreedBy = [];

    private Definition()
    {
        Term = "";
        Key = "";
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public int Number { get; private set; }
    public string Term { get; private set; }

    /// <summary>The matching key, see <see cref="TermKey"/>.</summary>
    public string Key { get; private set; }

    public string Text { get; private set; }
    public Guid? ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public IReadOnlyList<Guid> AgreedBy => _agreedBy;
    public DateTimeOffset? AcceptedAt { get; private set; }
    public bool ConfirmedByConvener { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsAccepted => AcceptedAt is not null && SupersededAt is null;
    public bool IsOpen => AcceptedAt is null;

    /// <summary>The proposer agrees with their own definition.</summary>
    public static Definition Propose(Guid collaborationId, int number, string term, string text, Guid proposedBy, DateTimeOffset now)
    {
        var trimmedTerm = term?.Trim() ?? "";
        var trimmedText = text?.Trim() ?? "";
        if (trimmedTerm.Length == 0 || trimmedText.Length == 0)
        {
            throw new DomainRuleViolation("Write `define <term>: <definition>`, e.g. `define energy poverty: a household that cannot keep warm for 10% of its income`.");
        }

        if (trimmedTerm.Length > MaxTermLength || trimmedText.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"A term has at most {MaxTermLength} characters and a definition at most {MaxTextLength}.");
        }

        return new Definition
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaborationId,
            Number = number,
            Term = trimmedTerm,
            Key = TermKey.Of(trimmedTerm),
            Text = trimmedText,
            ProposedBy = proposedBy,
            ProposedAt = now,
            _agreedBy = [proposedBy],
        };
    }

    public int AgreementsAmong(IReadOnlyCollection<Guid> activeMembers) => _agreedBy.Count(activeMembers.Contains);

    /// <summary>Records the member's agreement; returns true when this made the definition accepted.</summary>
    public bool Agree(Guid memberId, IReadOnlyCollection<Guid> activeMembers, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"The definition of \"{Term}\" ({Number}) is already settled.");
        }

        if (!_agreedBy.Contains(memberId))
        {
            _agreedBy = [.. _agreedBy, memberId];
        }

        return TryAccept(activeMembers, now);
    }

    /// <summary>Accepts the definition when the rule holds now (the team may have shrunk since the last agreement).</summary>
    public bool TryAccept(IReadOnlyCollection<Guid> activeMembers, DateTimeOffset now)
    {
        if (!IsOpen || !GlossaryAcceptanceRule.IsAccepted(AgreementsAmong(activeMembers), activeMembers.Count))
        {
            return false;
        }

        AcceptedAt = now;
        return true;
    }

    public void Confirm(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"The definition of \"{Term}\" ({Number}) is already settled.");
        }

        ConfirmedByConvener = true;
        AcceptedAt = now;
    }

    public void Supersede(DateTimeOffset now) => SupersededAt ??= now;

    /// <summary>Erases a member: their agreement no longer counts and they are no longer named as proposer.</summary>
    public void Forget(Guid memberId)
    {
        _agreedBy = _agreedBy.Where(id => id != memberId).ToList();
        if (ProposedBy == memberId)
        {
            ProposedBy = null;
        }
    }
}
