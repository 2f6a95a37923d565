namespace CollabBot.Domain.Catalysts;

/// <summary>A rule that fired, with the signals that made it fire (kept with the intervention).</summary>
public sealed record CatalystTrigger(CatalystRule Rule, string Signals);
