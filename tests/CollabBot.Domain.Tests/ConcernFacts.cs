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
}
