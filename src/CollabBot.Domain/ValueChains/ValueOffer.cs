namespace CollabBot.Domain.ValueChains;

/// <summary>A value proposition: what the collaboration offers its members (training, data, contacts, a pilot site...).</summary>
public sealed class ValueOffer
{
    private ValueOffer()
    {
        Text = "";
    }

    public ValueOffer(Guid collaborationId, Guid offeredBy, string text, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            throw new DomainRuleViolation("Describe the offer in under 500 characters, e.g. `offer access to the city's energy data`.");
        }

        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        OfferedBy = offeredBy;
        Text = text.Trim();
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid OfferedBy { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The member whose want this offer serves (`offer ... for @member`, issue 27, item 3); null for the whole team.</summary>
    public Guid? ForMemberId { get; private set; }

    /// <summary>The commitment (the want) it serves: the member's commitment current when it was offered.</summary>
    public Guid? CommitmentId { get; private set; }

    /// <summary>Links the offer to the want it serves: the member's current commitment, or none yet.</summary>
    public void Serve(Guid memberId, Commitment? want)
    {
        if (want is not null && (want.MemberId != memberId || want.CollaborationId != CollaborationId))
        {
            throw new DomainRuleViolation("An offer serves the want of the member it is for.");
        }

        (ForMemberId, CommitmentId) = (memberId, want?.Id);
    }

    /// <summary>The member it was for asked to be forgotten: the offer stays with the team, for nobody in particular.</summary>
    public void ForgetRecipient() => (ForMemberId, CommitmentId) = (null, null);
}
