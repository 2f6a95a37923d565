namespace CollabBot.Domain.Catalysts;

/// <summary>The catalyst interventions of DOMAIN.md §5 that the bot can trigger on its own.</summary>
public enum CatalystRule
{
    Urgency,
    TunnelVision,
    TooFastConsensus,
    NewVenue,
    RiskRound,
    Ambassadors,
}
