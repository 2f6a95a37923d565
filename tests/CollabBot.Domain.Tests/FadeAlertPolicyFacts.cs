using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Tests;

/// <summary>Rolling limits on what is said about one member (issue 23): never calendar buckets.</summary>
public sealed class FadeAlertPolicyFacts
{
    // Across New Year on purpose: week-of-year buckets used to repeat alerts there.
    private static readonly DateTimeOffset First = new(2026, 12, 29, 7, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ben = Guid.NewGuid();
    private static readonly FadeVerdict Silent = new(true, "silent for 7 days", FadeCause.Silent);
    private static readonly FadeVerdict Slow = new(true, "2 contributions in the last 14 days against 20 in the 42 days before", FadeCause.BelowOwnPace);
    private static readonly FadeVerdict Fine = new(false, "keeping their pace");

    private static SignalRecord Record(SignalKind kind, DateTimeOffset at) => new(Guid.Empty, Ben, kind, at);

    [Fact]
    public void A_sharp_change_is_told_at_once_and_any_other_waits_for_the_summary()
    {
        Assert.Equal(FadeAction.AlertNow, FadeAlertPolicy.Decide(Silent, [], First));
        Assert.Equal(FadeAction.InSummary, FadeAlertPolicy.Decide(Slow, [], First));
        Assert.Equal(FadeAction.None, FadeAlertPolicy.Decide(Fine, [], First));
    }

    [Theory]
    [InlineData(6.99, FadeAction.AlreadyTold)]
    [InlineData(7, FadeAction.AlertNow)]
    public void No_second_alert_within_seven_days_across_new_year(double days, FadeAction expected) =>
        Assert.Equal(expected, FadeAlertPolicy.Decide(Silent, [Record(SignalKind.Alert, First)], First.AddDays(days)));

    [Fact]
    public void Still_fading_after_two_alerts_is_escalated_once_and_then_nothing_more()
    {
        List<SignalRecord> history = [Record(SignalKind.Alert, First), Record(SignalKind.SummaryAlert, First.AddDays(7))];

        Assert.Equal(FadeAction.AlreadyTold, FadeAlertPolicy.Decide(Slow, history, First.AddDays(13)));
        Assert.Equal(FadeAction.Escalate, FadeAlertPolicy.Decide(Slow, history, First.AddDays(14)));
        history.Add(Record(SignalKind.Escalation, First.AddDays(14)));
        Assert.Equal(FadeAction.AlreadyTold, FadeAlertPolicy.Decide(Silent, history, First.AddDays(60)));
    }

    [Fact]
    public void A_summary_listing_them_as_still_fading_holds_the_next_alert_for_a_week_but_not_the_escalation()
    {
        List<SignalRecord> history = [Record(SignalKind.Alert, First), Record(SignalKind.SummaryMention, First.AddDays(6))];

        Assert.Equal(FadeAction.AlreadyTold, FadeAlertPolicy.Decide(Silent, history, First.AddDays(7)));
        Assert.Equal(FadeAction.AlreadyTold, FadeAlertPolicy.Decide(Slow, history, First.AddDays(12.9)));
        Assert.Equal(FadeAction.AlertNow, FadeAlertPolicy.Decide(Silent, history, First.AddDays(13)));

        history.AddRange([Record(SignalKind.Alert, First.AddDays(13)), Record(SignalKind.SummaryMention, First.AddDays(19.5))]);
        Assert.Equal(FadeAction.Escalate, FadeAlertPolicy.Decide(Silent, history, First.AddDays(20)));
    }

    [Fact]
    public void Recovering_ends_the_episode_so_a_later_fade_starts_afresh()
    {
        List<SignalRecord> history = [Record(SignalKind.Alert, First), Record(SignalKind.Alert, First.AddDays(7)), Record(SignalKind.Escalation, First.AddDays(14))];

        Assert.Equal(FadeAction.Recovered, FadeAlertPolicy.Decide(Fine, history, First.AddDays(20)));
        history.Add(Record(SignalKind.Recovered, First.AddDays(20)));
        Assert.Equal(FadeAction.None, FadeAlertPolicy.Decide(Fine, history, First.AddDays(21)));
        Assert.Equal(FadeAction.AlertNow, FadeAlertPolicy.Decide(Silent, history, First.AddDays(40)));
    }

    [Fact]
    public void A_nudge_goes_with_the_first_alert_of_an_episode_and_never_within_four_weeks_of_the_last()
    {
        Assert.True(FadeAlertPolicy.MayNudge([], First));
        Assert.False(FadeAlertPolicy.MayNudge([Record(SignalKind.Alert, First)], First.AddDays(7)));

        List<SignalRecord> recovered = [Record(SignalKind.Alert, First), Record(SignalKind.Nudge, First), Record(SignalKind.Recovered, First.AddDays(10))];
        Assert.False(FadeAlertPolicy.MayNudge(recovered, First.AddDays(27.9)));
        Assert.True(FadeAlertPolicy.MayNudge(recovered, First.AddDays(28)));
    }
}
