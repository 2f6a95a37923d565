using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.ProcessMap;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 7: a member mapped to lead or contribute in the current phase and silent for two weeks is named.</summary>
public sealed class MappedPartRuleFacts
{
    private readonly FakeTimeProvider _clock = Builders.Clock();
    private readonly Collaboration _team;
    private readonly Member _ben;
    private readonly Dictionary<Guid, DateTimeOffset> _last = [];

    public MappedPartRuleFacts()
    {
        _team = Builders.Collaboration(_clock);
        _ben = _team.AddMember("U-ben", Sector.Citizen, _clock);
    }

    [Fact]
    public void A_lead_silent_for_exactly_two_weeks_is_named_and_a_day_less_is_not()
    {
        _last[_ben.Id] = _clock.GetUtcNow();
        var map = Map(Phase.Understand, Involvement.Lead);

        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.Empty(Evaluate(map));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var finding = Assert.Single(Evaluate(map));
        Assert.Equal((_ben, Involvement.Lead, 14), (finding.Member, finding.Involvement, finding.SilentDays));
    }

    [Fact]
    public void A_contribution_within_two_weeks_keeps_a_contributor_off_the_summary()
    {
        var map = Map(Phase.Understand, Involvement.Contribute);
        _clock.Advance(TimeSpan.FromDays(20));
        Assert.Single(Evaluate(map));

        _last[_ben.Id] = _clock.GetUtcNow().AddDays(-13);
        Assert.Empty(Evaluate(map));
    }

    [Fact]
    public void Consult_inform_and_other_phases_are_not_read()
    {
        _clock.Advance(TimeSpan.FromDays(30));

        Assert.Empty(Evaluate(Map(Phase.Understand, Involvement.Consult)));
        Assert.Empty(Evaluate(Map(Phase.Understand, Involvement.Inform)));
        Assert.Empty(Evaluate(Map(Phase.Ideate, Involvement.Lead)));
    }

    [Fact]
    public void A_newcomer_gets_two_weeks_from_joining_and_someone_away_is_not_named()
    {
        var map = Map(Phase.Understand, Involvement.Lead);
        _clock.Advance(TimeSpan.FromDays(13));
        Assert.Empty(Evaluate(map));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Single(Evaluate(map));

        _ben.SetAwayUntil(Today.AddDays(3), Today);
        Assert.Empty(Evaluate(map));
    }

    [Fact]
    public void A_mapped_person_who_left_the_team_is_not_named()
    {
        var map = Map(Phase.Understand, Involvement.Lead);
        _clock.Advance(TimeSpan.FromDays(30));
        _team.Forget(_ben);

        Assert.Empty(Evaluate(map));
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private ProcessMapEntry[] Map(Phase phase, Involvement involvement) => [new(_team.Id, _ben.Id, phase, involvement)];

    private IReadOnlyList<MappedPartRule.Finding> Evaluate(ProcessMapEntry[] map) =>
        MappedPartRule.Evaluate(_team, map, m => _last.TryGetValue(m.Id, out var at) ? at : null, Today, _clock.GetUtcNow());
}
