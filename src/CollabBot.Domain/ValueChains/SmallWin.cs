namespace CollabBot.Domain.ValueChains;

/// <summary>A tangible step on a member's own route to the big win, reported at a check-in or at any time.</summary>
public sealed class SmallWin
{
    private SmallWin()
    {
        Text = "";
    }

    public SmallWin(Guid collaborationId, Guid memberId, string text, DateTimeOffset at, Guid? checkInAnswerId)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1000)
        {
            throw new DomainRuleViolation("A small win is a short sentence (under 1000 characters), e.g. `win the tenants' survey is out`.");
        }

        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        MemberId = memberId;
        Text = text.Trim();
        At = at;
        CheckInAnswerId = checkInAnswerId;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? CheckInAnswerId { get; private set; }

    public void Reword(string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Text = text.Trim();
        }
    }
}
