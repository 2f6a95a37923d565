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

    /// <summary>The milestone toward the big win this win serves, when its author tied it to one (issue 27, item 4).</summary>
    public Guid? MilestoneId { get; private set; }

    /// <summary>Ties the win to a milestone of its own collaboration; null unties it.</summary>
    public void TieTo(Milestone? milestone)
    {
        if (milestone is not null && milestone.CollaborationId != CollaborationId)
        {
            throw new DomainRuleViolation("That milestone belongs to another collaboration.");
        }

        MilestoneId = milestone?.Id;
    }

    /// <summary>The author agreed to have it celebrated in the channel; it waits for the next round-up of wins.</summary>
    public bool Celebrate { get; private set; }

    /// <summary>When a round-up of wins in the channel included it; null while it waits.</summary>
    public DateTimeOffset? CelebratedAt { get; private set; }

    public void MarkToCelebrate() => Celebrate = true;

    public void Celebrated(DateTimeOffset at) => CelebratedAt = at;

    public void Reword(string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Text = text.Trim();
        }
    }
}
