using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Tests;

public sealed class CollaborationFacts
{
    [Fact]
    public void Start_makes_the_caller_convener_in_Understand_with_one_history_entry()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);

        var convener = Assert.Single(collaboration.Members);
        Assert.Equal("U-ana", convener.PlatformUserId);
        Assert.True(convener.Holds(Role.Convener));
        Assert.Equal(Phase.Understand, collaboration.CurrentPhase);
        Assert.Equal(Builders.Monday, collaboration.PhaseStartedAt);
        var entry = Assert.Single(collaboration.PhaseHistory);
        Assert.Equal((Phase.Understand, convener.Id), (entry.Phase, entry.EnteredByMemberId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Start_refuses_an_empty_name(string name)
    {
        var error = Assert.Throws<DomainRuleViolation>(() =>
            Collaboration.Start(Guid.NewGuid(), "C1", name, "UTC", "U1", "Ana", Builders.Monday));
        Assert.Contains("name", error.Message);
    }

    [Fact]
    public void Start_refuses_a_name_over_the_limit_and_says_how_long_it_was()
    {
        var error = Assert.Throws<DomainRuleViolation>(() =>
            Collaboration.Start(Guid.NewGuid(), "C1", new string('x', Collaboration.MaxNameLength + 1), "UTC", "U1", "Ana", Builders.Monday));
        Assert.Contains($"{Collaboration.MaxNameLength + 1} characters", error.Message);
    }

    [Fact]
    public void Joining_twice_keeps_one_member_and_takes_the_new_display_name()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);

        var first = collaboration.Join("U-ben", "Ben", clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(1));
        var second = collaboration.Join("U-ben", "Benjamin", clock.GetUtcNow());

        Assert.Same(first, second);
        Assert.Equal(2, collaboration.Members.Count);
        Assert.Equal("Benjamin", second.DisplayName);
        Assert.Equal(Builders.Monday, second.JoinedAt);
    }

    [Fact]
    public void A_member_who_is_not_convener_cannot_move_the_phase_and_nothing_changes()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        var ben = collaboration.AddMember("U-ben", Sector.Citizen, clock);

        Assert.Throws<DomainRuleViolation>(() => collaboration.MoveToNextPhase(ben, clock.GetUtcNow()));

        Assert.Equal(Phase.Understand, collaboration.CurrentPhase);
        Assert.Single(collaboration.PhaseHistory);
    }

    [Fact]
    public void Moving_on_records_when_and_by_whom_and_restarts_the_phase_clock()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        clock.Advance(TimeSpan.FromDays(10));

        var transition = collaboration.MoveToNextPhase(collaboration.Convener(), clock.GetUtcNow());

        Assert.Equal(Phase.Ideate, collaboration.CurrentPhase);
        Assert.Equal(Builders.Monday.AddDays(10), collaboration.PhaseStartedAt);
        Assert.Equal(TimeSpan.Zero, collaboration.TimeInPhase(clock.GetUtcNow()));
        Assert.Equal(transition, collaboration.PhaseHistory[^1]);
        Assert.Equal(2, collaboration.PhaseHistory.Count);
    }

    [Fact]
    public void Spread_is_the_last_phase()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        for (var i = 0; i < 4; i++)
        {
            collaboration.MoveToNextPhase(collaboration.Convener(), clock.GetUtcNow());
        }

        Assert.Equal(Phase.Spread, collaboration.CurrentPhase);
        var error = Assert.Throws<DomainRuleViolation>(() => collaboration.MoveToNextPhase(collaboration.Convener(), clock.GetUtcNow()));
        Assert.Contains("last phase", error.Message);
    }

    [Fact]
    public void A_phase_overruns_only_after_its_planned_length_has_passed()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);

        clock.Advance(PhaseGuide.DefaultPlannedLength(Phase.Understand));
        Assert.False(collaboration.IsOverrun(clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(collaboration.IsOverrun(clock.GetUtcNow()));
    }

    [Fact]
    public void A_planned_length_set_by_the_conveners_replaces_the_default()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        collaboration.SetPlannedLength(Phase.Understand, 7);

        clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal(TimeSpan.FromDays(7), collaboration.PlannedLength(Phase.Understand));
        Assert.True(collaboration.IsOverrun(clock.GetUtcNow()));
        Assert.Throws<DomainRuleViolation>(() => collaboration.SetPlannedLength(Phase.Ideate, 0));
    }

    [Theory]
    [InlineData(0.04, null, null)]
    [InlineData(0.96, null, null)]
    [InlineData(null, 0, null)]
    [InlineData(null, 101, null)]
    [InlineData(null, null, -1)]
    [InlineData(null, null, 91)]
    public void Fade_thresholds_outside_their_range_are_refused_and_change_nothing(double? ratio, int? baseline, int? grace)
    {
        var collaboration = Builders.Collaboration(Builders.Clock());

        Assert.Throws<DomainRuleViolation>(() => collaboration.SetFadeThresholds(ratio, baseline, grace));
        Assert.Equal(FadeSettings.Default, collaboration.FadeSettings);
    }

    [Fact]
    public void Fade_thresholds_given_replace_those_and_keep_the_others_and_the_windows()
    {
        var collaboration = Builders.Collaboration(Builders.Clock());

        collaboration.SetFadeThresholds(0.5, null, 0);
        collaboration.SetFadeThresholds(null, 8, null);

        Assert.Equal(new FadeSettings(RecentDays: 14, BaselineDays: 42, FadeRatio: 0.5, MinBaselineSignals: 8, GraceDays: 0), collaboration.FadeSettings);
    }

    [Fact]
    public void A_declared_break_covers_its_days_and_ending_it_early_keeps_the_days_it_ran()
    {
        var collaboration = Builders.Collaboration(Builders.Clock());
        var today = new DateOnly(2026, 12, 21);
        collaboration.PauseUntil(new DateOnly(2027, 1, 4), today);

        Assert.True(collaboration.IsPaused(today) && collaboration.IsPaused(new DateOnly(2027, 1, 4)));
        Assert.False(collaboration.IsPaused(new DateOnly(2027, 1, 5)));

        collaboration.PauseUntil(null, new DateOnly(2026, 12, 28));
        Assert.True(collaboration.IsPaused(new DateOnly(2026, 12, 27)));
        Assert.False(collaboration.IsPaused(new DateOnly(2026, 12, 28)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void The_channel_budget_stays_between_one_and_fifty_posts(int posts)
    {
        var collaboration = Builders.Collaboration(Builders.Clock());

        Assert.Throws<DomainRuleViolation>(() => collaboration.SetChannelPostBudget(posts));
        Assert.Equal(10, collaboration.ChannelPostBudget);
    }
}
