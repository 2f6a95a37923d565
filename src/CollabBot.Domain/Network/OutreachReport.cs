namespace CollabBot.Domain.Network;

/// <summary>
/// One piece of evidence that the work reached outside the team: where a member shared it, a sponsor's endorsement, an
/// adopter named. The member is forgotten on request; the report stays, anonymous, as the team's evidence.
/// </summary>
public sealed class OutreachReport
{
    public const int MaxTextLength = 300;

    private OutreachReport()
    {
        Text = "";
    }

    public OutreachReport(Guid collaborationId, Guid memberId, OutreachKind kind, string text, DateTimeOffset at)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation(kind switch
            {
                OutreachKind.Shared => "Say where you shared it, e.g. `shared at the district council's housing meeting`.",
                OutreachKind.Endorsed => "Say what you endorse, e.g. `endorse the pilot in Nørrebro`.",
                _ => "Say who takes it up, e.g. `adopter Aarhus municipality`.",
            });
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"That is {trimmed.Length} characters long; the most is {MaxTextLength}.");
        }

        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        MemberId = memberId;
        Kind = kind;
        Text = trimmed;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }

    /// <summary>Null once the member asked to be forgotten.</summary>
    public Guid? MemberId { get; private set; }

    public OutreachKind Kind { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset At { get; private set; }

    public void Forget() => MemberId = null;
}
