namespace CollabBot.Domain.Catalysts;

/// <summary>One catalyst intervention, with what triggered it and, a week later, what followed.</summary>
public sealed class Intervention
{
    private Intervention()
    {
        Signals = "";
        Message = "";
    }

    public Intervention(Guid collaborationId, CatalystRule rule, string signals, string message, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        Rule = rule;
        Signals = signals;
        Message = message;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public CatalystRule Rule { get; private set; }
    public string Signals { get; private set; }
    public string Message { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>Contributions in the 7 days before and the 7 days after; null until a week has passed.</summary>
    public int? ContributionsBefore { get; private set; }

    public int? ContributionsAfter { get; private set; }

    public void RecordEffect(int before, int after) => (ContributionsBefore, ContributionsAfter) = (before, after);

    public string EffectText => ContributionsAfter is null
        ? "effect measured a week after"
        : $"{ContributionsBefore} contributions in the week before, {ContributionsAfter} in the week after";
}
