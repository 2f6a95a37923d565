namespace CollabBot.Domain.Catalysts;

/// <summary>One catalyst intervention, with what triggered it and, a week later, what followed.</summary>
public sealed class Intervention
{
    private Intervention()
    {
        Signals = "";
        Message = "";
    }

    public Intervention(Guid collaborationId, CatalystRule rule, string signals, string message, DateTimeOffset at, CatalystRoute route = CatalystRoute.Channel, Guid? suggestedTo = null)
    {
        Route = route;
        SuggestedTo = suggestedTo;
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

    /// <summary>Where the intervention went (<see cref="CatalystRouting"/>); a suggestion becomes a channel post or is dismissed.</summary>
    public CatalystRoute Route { get; private set; }

    /// <summary>The member it was suggested to, or told privately.</summary>
    public Guid? SuggestedTo { get; private set; }

    /// <summary>For a channel post: whether anyone took part in the two days after it; null until then.</summary>
    public bool? Responded { get; private set; }

    public static readonly TimeSpan ResponseWindow = TimeSpan.FromDays(2);

    public void RecordResponse(bool responded) => Responded = responded;

    /// <summary>The catalyst posted the suggestion to the channel.</summary>
    public void Posted(DateTimeOffset at) => (Route, At) = (CatalystRoute.Channel, at);

    public void Dismissed() => Route = CatalystRoute.Dismissed;

    public void RecordEffect(int before, int after) => (ContributionsBefore, ContributionsAfter) = (before, after);

    public string EffectText => ContributionsAfter is null
        ? "effect measured a week after"
        : $"{ContributionsBefore} contributions in the week before, {ContributionsAfter} in the week after";
}
