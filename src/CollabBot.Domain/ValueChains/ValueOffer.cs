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
}
