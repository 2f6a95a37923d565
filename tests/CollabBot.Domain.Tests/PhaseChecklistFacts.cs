using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 5 and issue 28, point 6: each checklist item reads its evidence; an item with none is not tracked and not counted.</summary>
public sealed class PhaseChecklistFacts
{
    private static readonly ChecklistEvidence None = ChecklistEvidence.None;
    private readonly FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void Key_terms_are_defined_once_the_team_agreed_one()
    {
        var team = In(Phase.Understand);

        Assert.False(Item(team, None, 2));
        Assert.True(Item(team, None with { AgreedTerms = 1 }, 2));
    }

    [Fact]
    public void Ideate_is_met_by_ideas_from_three_members_of_two_sectors()
    {
        var team = In(Phase.Ideate);

        Assert.True(Item(team, Ideas((1, Sector.Citizen), (2, Sector.PublicAgency), (3, Sector.PublicAgency))));
        Assert.False(Item(team, Ideas((1, Sector.Citizen), (2, Sector.Citizen), (3, Sector.Citizen))));
        Assert.False(Item(team, Ideas((1, Sector.Citizen), (2, Sector.PublicAgency), (2, Sector.PublicAgency))));
        Assert.False(Item(team, None));
    }

    [Fact]
    public void An_idea_of_a_forgotten_author_counts_for_its_sector_but_not_as_a_voice()
    {
        var ideas = None with { IdeasInPhase = [new(null, Sector.Citizen), new(Guid.NewGuid(), Sector.PublicAgency), new(Guid.NewGuid(), Sector.PublicAgency)] };

        Assert.False(Item(In(Phase.Ideate), ideas));
        Assert.True(Item(In(Phase.Ideate), ideas with { IdeasInPhase = [.. ideas.IdeasInPhase, new(Guid.NewGuid(), null)] }));
    }

    [Fact]
    public void Test_reads_an_agreed_decision_and_risks_each_with_an_owner_and_does_not_track_gains_and_costs()
    {
        var team = In(Phase.Test);

        Assert.False(Item(team, None));
        Assert.True(Item(team, None with { AgreedInPhase = 1 }));
        Assert.False(Item(team, None, 1));
        Assert.True(Item(team, None with { Risks = 2 }, 1));
        Assert.False(Item(team, None with { Risks = 2, OpenRisksWithoutOwner = 1 }, 1));
        Assert.Null(Item(team, None with { Risks = 2 }, 2));
    }

    [Fact]
    public void Implement_needs_actions_in_the_phase_every_open_one_owned()
    {
        var team = In(Phase.Implement);

        Assert.False(Item(team, None));
        Assert.True(Item(team, None with { ActionsInPhase = 1 }));
        Assert.False(Item(team, None with { ActionsInPhase = 1, OpenActionsWithoutOwner = 1 }));
    }

    [Fact]
    public void Obstacles_are_routed_when_each_names_a_member_or_the_team_has_a_sponsor()
    {
        var team = In(Phase.Implement);
        var ben = team.AddMember("U-ben", Sector.Citizen, _clock);

        Assert.True(Item(team, None, 1));
        Assert.True(Item(team, None with { OpenObstacleRemovers = [ben.Id] }, 1));
        Assert.False(Item(team, None with { OpenObstacleRemovers = [ben.Id, null] }, 1));
        Assert.False(Item(team, None with { OpenObstacleRemovers = [Guid.NewGuid()] }, 1));

        ben.Grant(Role.Sponsor);
        Assert.True(Item(team, None with { OpenObstacleRemovers = [null, Guid.NewGuid()] }, 1));
    }

    [Fact]
    public void Spread_is_met_by_a_report_of_where_a_member_shared_the_work()
    {
        Assert.False(Item(In(Phase.Spread), None));
        Assert.True(Item(In(Phase.Spread), None with { SharedInPhase = 1 }));
    }

    [Fact]
    public void The_count_leaves_out_what_is_not_tracked()
    {
        var checklist = PhaseChecklist.Evaluate(In(Phase.Test), None with { AgreedInPhase = 1 });

        Assert.Equal("1 of 2 met", PhaseChecklist.Count(checklist));
        Assert.Equal(1, checklist.Count(i => !i.Tracked));
    }

    [Fact]
    public void Every_phase_has_an_item_for_each_line_of_its_guide()
    {
        foreach (var phase in Enum.GetValues<Phase>())
        {
            Assert.Equal(PhaseGuide.Checklist(phase), PhaseChecklist.Evaluate(In(phase), None).Select(i => i.Text));
        }
    }

    private Collaboration In(Phase phase)
    {
        var team = Builders.Collaboration(_clock);
        while (team.CurrentPhase != phase)
        {
            team.MoveToNextPhase(team.Convener(), _clock.GetUtcNow());
        }

        return team;
    }

    private static bool? Item(Collaboration team, ChecklistEvidence evidence, int index = 0) => PhaseChecklist.Evaluate(team, evidence)[index].Met;

    private static ChecklistEvidence Ideas(params (int Author, Sector Sector)[] ideas) =>
        None with { IdeasInPhase = ideas.Select(i => new IdeaOrigin(new Guid(i.Author, 0, 0, new byte[8]), i.Sector)).ToList() };
}
