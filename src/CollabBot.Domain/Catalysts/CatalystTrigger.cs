namespace CollabBot.Domain.Catalysts;

/// <summary>
/// A rule that fired, with the signals that made it fire (kept with the intervention) and, for tunnel vision, the
/// perspective the ideas lack (named by sector in the message).
/// </summary>
public sealed record CatalystTrigger(CatalystRule Rule, string Signals, MissingPerspective? Missing = null);
