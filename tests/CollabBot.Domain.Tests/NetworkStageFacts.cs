using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Network;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 1: the network stage is read from evidence, never from a headcount or a role, and it falls back.</summary>
public sealed class NetworkStageFacts
{
    private static readonly Sector[] Three = [Sector.PublicAgency, Sector.Citizen, Sector.PrivateBusiness];
    private readonly FakeTimeProvider _clock = Builders.Clock();

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void Three_sectors_active_in_two_of_four_weeks_a_formed_core_and_broad_turnout_are_working_together()
    {
        var reading = NetworkStageRule.Read(Evidence(), Now);

        Assert.Equal(NetworkStage.Integration, reading.Stage);
        Assert.Empty(reading.Missing);
        Assert.Contains("3 sectors took part in at least 2 of the last 4 weeks", reading.Evidence);
        Assert.Contains("the last decision drew 3 of 5", reading.Evidence);
    }

    [Fact]
    public void A_team_that_all_joined_and_spoke_in_its_first_hour_is_getting_started()
    {
        var now = Now.AddHours(1);
        var contributions = Enum.GetValues<Sector>().Select(s => new SectorContribution(s, now.AddMinutes(-30), 3)).ToList();

        var reading = NetworkStageRule.Read(Evidence() with { Contributions = contributions, LatestDecision = null }, now);

        Assert.Equal(NetworkStage.Coupling, reading.Stage);
        Assert.Contains("no decision closed yet", reading.Missing);
    }

    [Theory]
    [InlineData(false, true, "challenge not stated yet", "`challenge <text>`")]
    [InlineData(true, false, "goal not stated yet", "`goal <text>`")]
    public void Without_the_challenge_or_the_goal_the_core_is_still_forming(bool challenge, bool goal, string missing, string step)
    {
        var reading = NetworkStageRule.Read(Evidence() with { ChallengeStated = challenge, GoalStated = goal }, Now);

        Assert.Equal(NetworkStage.Coupling, reading.Stage);
        Assert.Contains(missing, reading.Missing);
        Assert.Contains(step, reading.NextStep);
    }

    [Fact]
    public void Commitments_from_one_sector_do_not_form_the_core_and_from_two_they_do()
    {
        var one = NetworkStageRule.Read(Evidence() with { CommittedSectors = new HashSet<Sector> { Sector.PublicAgency } }, Now);
        var two = NetworkStageRule.Read(Evidence() with { CommittedSectors = new HashSet<Sector> { Sector.PublicAgency, Sector.Citizen } }, Now);

        Assert.Equal(NetworkStage.Coupling, one.Stage);
        Assert.Contains("`commit <want>; <give>`", one.NextStep);
        Assert.Equal(NetworkStage.Integration, two.Stage);
    }

    [Theory]
    [InlineData(2, NetworkStage.Coupling)]
    [InlineData(3, NetworkStage.Integration)]
    public void Exactly_three_active_sectors_are_enough(int sectors, NetworkStage expected)
    {
        var reading = NetworkStageRule.Read(Evidence() with { Contributions = Active(Three.Take(sectors)) }, Now);

        Assert.Equal(expected, reading.Stage);
        Assert.Equal(sectors, reading.ActiveSectors.Count);
    }

    [Fact]
    public void A_sector_that_took_part_in_one_week_only_is_not_active()
    {
        var contributions = Active(Three.Take(2)).Append(new SectorContribution(Sector.PrivateBusiness, Now.AddDays(-1), 20)).ToList();

        var reading = NetworkStageRule.Read(Evidence() with { Contributions = contributions }, Now);

        Assert.Equal(NetworkStage.Coupling, reading.Stage);
        Assert.DoesNotContain(Sector.PrivateBusiness, reading.ActiveSectors);
    }

    [Theory]
    [InlineData(0, NetworkStage.Coupling)] // exactly four weeks ago: outside the window
    [InlineData(1, NetworkStage.Integration)] // a second later: its oldest week
    public void The_four_week_window_ends_exactly_28_days_back(int secondsInside, NetworkStage expected)
    {
        var contributions = Active(Three.Take(2)).Concat(
        [
            new SectorContribution(Sector.PrivateBusiness, Now.AddDays(-28).AddSeconds(secondsInside)),
            new SectorContribution(Sector.PrivateBusiness, Now.AddDays(-1)),
        ]).ToList();

        Assert.Equal(expected, NetworkStageRule.Read(Evidence() with { Contributions = contributions }, Now).Stage);
    }

    [Theory]
    [InlineData(2, 4, NetworkStage.Integration)] // exactly half
    [InlineData(1, 4, NetworkStage.Coupling)]
    public void Decisions_draw_broad_turnout_from_half_of_the_members(int tookPart, int members, NetworkStage expected)
    {
        var reading = NetworkStageRule.Read(Evidence() with { LatestDecision = new Turnout(tookPart, members, 0, [], null) }, Now);

        Assert.Equal(expected, reading.Stage);
        Assert.Contains($"the last decision drew {tookPart} of {members}", reading.Evidence);
    }

    [Theory]
    [InlineData(OutreachKind.Shared, "shared at 1 place (latest: the district council)")]
    [InlineData(OutreachKind.Endorsed, "endorsed by a sponsor")]
    [InlineData(OutreachKind.Adopter, "taken up by the district council")]
    public void Work_that_reached_outside_makes_a_working_network_reach_out(OutreachKind kind, string evidence)
    {
        var reading = NetworkStageRule.Read(Evidence() with { Outreach = [Report(kind)] }, Now);

        Assert.Equal(NetworkStage.Linking, reading.Stage);
        Assert.Contains(evidence, reading.Evidence);
    }

    [Fact]
    public void Reaching_outside_without_a_working_network_is_still_getting_started()
    {
        var reading = NetworkStageRule.Read(Evidence() with { Outreach = [Report(OutreachKind.Endorsed)], Contributions = Active(Three.Take(2)) }, Now);

        Assert.Equal(NetworkStage.Coupling, reading.Stage);
    }

    [Fact]
    public void When_sectors_drop_away_the_stage_falls_back()
    {
        var evidence = Evidence() with { Outreach = [Report(OutreachKind.Shared)] };
        Assert.Equal(NetworkStage.Linking, NetworkStageRule.Read(evidence, Now).Stage);

        // Three weeks on, the public agency and the citizens still take part; business said nothing since, so its
        // contributions fill only one of the last four weeks.
        _clock.Advance(TimeSpan.FromDays(21));
        var later = NetworkStageRule.Read(evidence with { Contributions = evidence.Contributions.Concat(Active(Three.Take(2))).ToList() }, Now);

        Assert.Equal(NetworkStage.Coupling, later.Stage);
        Assert.Contains("2 sectors took part", later.Evidence);
        Assert.Contains("private business", later.NextStep);
    }

    [Theory]
    [InlineData(Phase.Ideate, NetworkStage.Integration, "Keep the sectors working together")]
    [InlineData(Phase.Test, NetworkStage.Integration, "a sponsor can `endorse` it")]
    [InlineData(Phase.Ideate, NetworkStage.Linking, "Keep the people outside posted")]
    [InlineData(Phase.Spread, NetworkStage.Linking, "ask members where they take the solution next")]
    public void The_next_step_fits_the_stage_and_the_phase(Phase phase, NetworkStage stage, string step)
    {
        var evidence = Evidence() with { Phase = phase, Outreach = stage == NetworkStage.Linking ? [Report(OutreachKind.Shared)] : [] };

        var reading = NetworkStageRule.Read(evidence, Now);

        Assert.Equal(stage, reading.Stage);
        Assert.Contains(step, reading.NextStep);
    }

    [Fact]
    public void A_change_is_announced_once_and_not_again_within_a_week()
    {
        Assert.False(NetworkStageRule.ShouldAnnounce(null, NetworkStage.Coupling, Now)); // a new team starts without a word
        Assert.True(NetworkStageRule.ShouldAnnounce(null, NetworkStage.Integration, Now));
        var announced = new StageChange(Guid.NewGuid(), NetworkStage.Integration, "3 sectors", Now);

        Assert.False(NetworkStageRule.ShouldAnnounce(announced, NetworkStage.Integration, Now.AddDays(30)));
        Assert.False(NetworkStageRule.ShouldAnnounce(announced, NetworkStage.Coupling, Now.AddDays(7).AddSeconds(-1)));
        Assert.True(NetworkStageRule.ShouldAnnounce(announced, NetworkStage.Coupling, Now.AddDays(7)));
    }

    private NetworkEvidence Evidence() => new(
        Phase.Ideate, ChallengeStated: true, GoalStated: true,
        CommittedSectors: new HashSet<Sector> { Sector.PublicAgency, Sector.PrivateBusiness },
        Contributions: Active(Three),
        LatestDecision: new Turnout(3, 5, 0, [], null),
        Outreach: []);

    /// <summary>Each sector took part yesterday and eight days ago: two of the last four weeks.</summary>
    private List<SectorContribution> Active(IEnumerable<Sector> sectors) => sectors
        .SelectMany(s => new[] { new SectorContribution(s, Now.AddDays(-1), 2), new SectorContribution(s, Now.AddDays(-8)) }).ToList();

    private OutreachReport Report(OutreachKind kind) => new(Guid.NewGuid(), Guid.NewGuid(), kind, "the district council", Now.AddDays(-2));
}
