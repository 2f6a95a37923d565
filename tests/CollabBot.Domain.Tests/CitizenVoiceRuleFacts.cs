using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 2: the citizens' share of contributions against their share of members, in any phase.</summary>
public sealed class CitizenVoiceRuleFacts
{
    private static readonly Guid Ana = Guid.NewGuid(), Ben = Guid.NewGuid(), Chloe = Guid.NewGuid(), Dev = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = Builders.Clock();

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void A_citizen_share_below_half_the_member_share_in_each_of_two_weeks_is_fading()
    {
        // Ben is one of four members (25%); he made 1 of 9 contributions (11%) a week ago and none this week.
        var reading = Read(Week(1, others: 8, ben: 1).Concat(Week(0, others: 8, ben: 0)));

        Assert.True(reading.Fading);
        Assert.Equal(0.25, reading.MemberShare);
        Assert.Equal([1 / 9.0, 0.0], reading.WeekShares.Select(s => s!.Value));
        Assert.Equal([Ben], reading.Citizens);
    }

    [Theory]
    [InlineData(7, false)] // 1 of 8 = 12.5%: exactly half the member share is not below it
    [InlineData(8, true)] // 1 of 9 = 11.1%
    public void Exactly_half_the_member_share_is_not_fading(int others, bool fading)
    {
        var reading = Read(Week(1, others, ben: 1).Concat(Week(0, others, ben: 1)));

        Assert.Equal(fading, reading.Fading);
    }

    [Fact]
    public void One_low_week_is_not_two()
    {
        var reading = Read(Week(1, others: 8, ben: 4).Concat(Week(0, others: 8, ben: 0)));

        Assert.False(reading.Fading);
    }

    [Fact]
    public void The_two_weeks_end_exactly_fourteen_days_back()
    {
        // Ben spoke a lot once; the others keep talking every few days.
        var spoke = Now;
        List<VoiceContribution> contributions = [new(Ben, spoke, 10)];
        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));
        contributions.AddRange(Week(1, others: 8, ben: 0).Concat(Week(0, others: 8, ben: 0)));

        Assert.False(Read(contributions).Fading);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(Read(contributions).Fading);
    }

    [Fact]
    public void A_week_in_which_the_team_said_little_is_not_judged()
    {
        var reading = Read(Week(1, others: 8, ben: 0).Concat(Week(0, others: CitizenVoiceRule.MinTeamContributionsPerWeek - 1, ben: 0)));

        Assert.False(reading.Fading);
        Assert.Null(reading.WeekShares[1]);
    }

    [Fact]
    public void A_citizen_who_joined_less_than_two_weeks_ago_is_not_yet_counted_among_the_members()
    {
        var members = Members().Select(m => m.Id == Ben ? m with { JoinedAt = Now.AddDays(-13) } : m).ToList();

        var reading = CitizenVoiceRule.Read(members, Week(1, others: 8, ben: 0).Concat(Week(0, others: 8, ben: 0)).ToList(), Now.AddDays(-40), Now);

        Assert.False(reading.Fading);
        Assert.Equal(0, reading.MemberShare);
    }

    [Fact]
    public void The_share_in_the_current_phase_counts_from_the_phase_start()
    {
        var reading = CitizenVoiceRule.Read(Members(), [new(Ben, Now.AddDays(-3), 1), new(Ana, Now.AddDays(-3), 3), new(Ben, Now.AddDays(-9), 5)], Now.AddDays(-5), Now);

        Assert.Equal(0.25, reading.PhaseShare);
    }

    [Fact]
    public void It_is_raised_at_most_once_in_four_weeks()
    {
        var fading = Read(Week(1, others: 8, ben: 0).Concat(Week(0, others: 8, ben: 0)));
        var steady = Read(Week(1, others: 8, ben: 4).Concat(Week(0, others: 8, ben: 4)));

        Assert.True(CitizenVoiceRule.MayRaise(fading, null, Now));
        Assert.False(CitizenVoiceRule.MayRaise(steady, null, Now));
        Assert.False(CitizenVoiceRule.MayRaise(fading, Now - CitizenVoiceRule.RaiseGap + TimeSpan.FromSeconds(1), Now));
        Assert.True(CitizenVoiceRule.MayRaise(fading, Now - CitizenVoiceRule.RaiseGap, Now));
    }

    [Theory]
    [InlineData(Phase.Understand, "describe the problem as they live it")]
    [InlineData(Phase.Test, "try the prototype")]
    [InlineData(Phase.Spread, "`shared <where>`")]
    public void The_suggestion_fits_the_phase(Phase phase, string words)
    {
        Assert.Contains(words, CitizenVoiceRule.Suggestion(phase));
    }

    private CitizenVoiceReading Read(IEnumerable<VoiceContribution> contributions) =>
        CitizenVoiceRule.Read(Members(), contributions.ToList(), Now.AddDays(-40), Now);

    private List<VoiceMember> Members() =>
    [
        new(Ana, Sector.PublicAgency, Now.AddDays(-60)),
        new(Ben, Sector.Citizen, Now.AddDays(-60)),
        new(Chloe, Sector.PrivateBusiness, Now.AddDays(-60)),
        new(Dev, Sector.CivilSociety, Now.AddDays(-60)),
    ];

    /// <summary>Contributions in week <paramref name="weeksAgo"/> (0: the last seven days), in its middle.</summary>
    private List<VoiceContribution> Week(int weeksAgo, int others, int ben)
    {
        var at = Now.AddDays(-7 * weeksAgo - 3);
        List<VoiceContribution> week = [new(Ana, at, others / 2), new(Chloe, at, others - others / 2)];
        return ben > 0 ? [.. week, new(Ben, at, ben)] : week;
    }
}
