namespace CollabBot.Domain.Participation;

/// <summary>What the bot told whom about a member's participation, as <see cref="SignalRecord"/> keeps it.</summary>
public enum SignalKind
{
    /// <summary>An alert to the facilitators at once (a sharp change).</summary>
    Alert,

    /// <summary>A member named as fading in the facilitators' weekly summary.</summary>
    SummaryAlert,

    /// <summary>Still fading after two alerts: told once to the coordinators (or the conveners).</summary>
    Escalation,

    /// <summary>A gentle private nudge to the member.</summary>
    Nudge,

    /// <summary>No longer fading after an alert: the episode ends.</summary>
    Recovered,

    /// <summary>
    /// Named as still fading in the weekly summary: no separate alert about them follows within a week, but it is not an
    /// alert of its own (it does not bring the escalation nearer).
    /// </summary>
    SummaryMention,

    /// <summary>
    /// The facilitators' summary said the whole team is quieter than usual (one note about the team, not about a member:
    /// the record's member id is empty). Said when a quiet spell starts, then at most once in four weeks.
    /// </summary>
    TeamNote,

    /// <summary>
    /// The facilitators' summary said the citizens' and end users' voice is fading (issue 27, item 2): about the team, so the
    /// record's member id is empty. Said at most once in four weeks.
    /// </summary>
    CitizenVoice,
}
