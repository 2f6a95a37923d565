namespace CollabBot.Domain.Participation;

/// <summary>What to do about one member today, given the verdict and what was said about them before.</summary>
public enum FadeAction
{
    /// <summary>Nothing to say.</summary>
    None,

    /// <summary>A sharp change: alert the facilitators now.</summary>
    AlertNow,

    /// <summary>Fading: name them in the next weekly summary.</summary>
    InSummary,

    /// <summary>Still fading, but told within the last week or already escalated: mention only, no new alert.</summary>
    AlreadyTold,

    /// <summary>Still fading after two alerts: tell the coordinators (or conveners) once.</summary>
    Escalate,

    /// <summary>Not fading any more after an alert: the episode ends.</summary>
    Recovered,
}

/// <summary>
/// The limits on what is said about one member (issue 23), as rolling windows over their <see cref="SignalRecord"/>s
/// (never calendar buckets, which repeat at their edges): an <b>episode</b> runs from the first alert until the member
/// recovers. Within it there is no second alert within <see cref="AlertGap"/> of an alert, nor of a weekly summary that
/// listed the member as still fading (<see cref="SignalKind.SummaryMention"/>, which is no alert of its own); after <see cref="AlertsBeforeEscalation"/>
/// alerts a member still fading is escalated once, and then nothing more is sent until they recover. A nudge to the member
/// goes with the first alert of an episode, never within <see cref="NudgeGap"/> of the last one.
/// </summary>
public static class FadeAlertPolicy
{
    public const int AlertsBeforeEscalation = 2;
    public static readonly TimeSpan AlertGap = TimeSpan.FromDays(7);
    public static readonly TimeSpan NudgeGap = TimeSpan.FromDays(28);

    public static FadeAction Decide(FadeVerdict verdict, IReadOnlyList<SignalRecord> history, DateTimeOffset now)
    {
        var episode = Episode(history);
        var told = episode.Where(r => r.Kind is SignalKind.Alert or SignalKind.SummaryAlert or SignalKind.Escalation).ToList();
        if (!verdict.Fading)
        {
            return told.Count > 0 ? FadeAction.Recovered : FadeAction.None;
        }

        if (told.Any(r => r.Kind == SignalKind.Escalation) || told.Count > 0 && now - told.Max(r => r.At) < AlertGap)
        {
            return FadeAction.AlreadyTold;
        }

        if (told.Count >= AlertsBeforeEscalation)
        {
            return FadeAction.Escalate;
        }

        // The weekly summary just listed them as still fading: the facilitators are not told again within the week.
        if (episode.Any(r => r.Kind == SignalKind.SummaryMention && now - r.At < AlertGap))
        {
            return FadeAction.AlreadyTold;
        }

        return verdict.Sharp ? FadeAction.AlertNow : FadeAction.InSummary;
    }

    /// <summary>Whether the member may be nudged with this alert: the first of its episode, and no nudge within <see cref="NudgeGap"/>.</summary>
    public static bool MayNudge(IReadOnlyList<SignalRecord> history, DateTimeOffset now) =>
        !Episode(history).Any(r => r.Kind is SignalKind.Alert or SignalKind.SummaryAlert)
        && !history.Any(r => r.Kind == SignalKind.Nudge && now - r.At < NudgeGap);

    /// <summary>The records since the member last recovered.</summary>
    public static IReadOnlyList<SignalRecord> Episode(IReadOnlyList<SignalRecord> history)
    {
        var recovered = history.Where(r => r.Kind == SignalKind.Recovered).Select(r => (DateTimeOffset?)r.At).Max();
        return history.Where(r => recovered is null || r.At > recovered).OrderBy(r => r.At).ToList();
    }
}
