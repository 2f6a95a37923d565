namespace CollabBot.Domain.ValueChains;

/// <summary>A member's value commitment for the next cycle: what they want from it and what they will put in (DOMAIN.md §3).</summary>
public sealed class Commitment
{
    private Commitment()
    {
        Want = "";
        Give = "";
    }

    public Commitment(Guid collaborationId, Guid memberId, string want, string give, DateTimeOffset madeAt)
    {
        if (string.IsNullOrWhiteSpace(want) || want.Length > 500 || give.Length > 500)
        {
            throw new DomainRuleViolation("Say what you want from the next cycle (and, after a `;`, what you will put in), each under 500 characters.");
        }

        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        MemberId = memberId;
        Want = want.Trim();
        Give = give.Trim();
        MadeAt = madeAt;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Want { get; private set; }
    public string Give { get; private set; }
    public DateTimeOffset MadeAt { get; private set; }
}
