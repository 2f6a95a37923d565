using CollabBot.Domain.Obstacles;

namespace CollabBot.Domain.Tests;

public sealed class ConcernFacts
{
    private static readonly DateTimeOffset Now = Builders.Monday;

    [Fact]
    public void An_obstacle_is_due_for_the_sponsor_after_two_weeks_open_and_only_once()
    {
        var obstacle = Concern.Raise(Guid.NewGuid(), 1, ConcernKind.Obstacle, "No answer from the board", Guid.NewGuid(), null, Now);

        Assert.False(obstacle.IsDueForSponsor(Now.AddDays(14)));
        Assert.True(obstacle.IsDueForSponsor(Now.AddDays(14).AddMinutes(1)));
        obstacle.MarkSentToSponsor(Now.AddDays(15));
        Assert.False(obstacle.IsDueForSponsor(Now.AddDays(30)));
    }

    [Fact]
    public void A_done_obstacle_and_a_risk_never_go_to_the_sponsor()
    {
        var obstacle = Concern.Raise(Guid.NewGuid(), 1, ConcernKind.Obstacle, "No answer", Guid.NewGuid(), null, Now);
        var risk = Concern.Raise(Guid.NewGuid(), 2, ConcernKind.Risk, "Rents rise", Guid.NewGuid(), null, Now);

        obstacle.MarkDone(Now.AddDays(3));

        Assert.False(obstacle.IsDueForSponsor(Now.AddDays(20)));
        Assert.False(risk.IsDueForSponsor(Now.AddDays(20)));
        Assert.Throws<DomainRuleViolation>(() => obstacle.MarkDone(Now.AddDays(4)));
    }

    [Fact]
    public void An_obstacle_goes_to_the_member_named_for_it_instead_of_the_sponsors_and_to_the_sponsors_once_they_are_forgotten()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var ben = team.AddMember("U-ben", Members.Sector.Citizen, clock);
        var sam = team.AddMember("U-sam", Members.Sector.PublicAgency, clock);
        sam.Grant(Members.Role.Sponsor);
        var named = Concern.Raise(team.Id, 1, ConcernKind.Obstacle, "No answer", team.Convener().Id, ben.Id, Now);
        var unnamed = Concern.Raise(team.Id, 2, ConcernKind.Obstacle, "No room", team.Convener().Id, null, Now);

        Assert.Equal([ben], named.Removers(team.Members));
        Assert.Equal([sam], unnamed.Removers(team.Members));

        named.Forget(ben.Id);
        Assert.Equal([sam], named.Removers(team.Members));
        sam.SetRoles(Members.Role.Member);
        Assert.Empty(named.Removers(team.Members));
    }
}
