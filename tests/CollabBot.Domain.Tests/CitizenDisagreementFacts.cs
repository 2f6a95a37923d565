using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 2: a citizen's disagreement on an agreed decision comes back like a reservation.</summary>
public sealed class CitizenDisagreementFacts
{
    private readonly FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void A_citizens_disagreement_on_an_agreed_decision_is_kept_and_comes_back_after_four_weeks()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-chloe"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Disagree, "the rent goes up for us", Now);

        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Close(Members(team), Now, Citizens(team)));

        var kept = Assert.Single(decision.Positions, p => p.IsOpenReservation);
        Assert.Equal((Id(team, "U-ben"), true), (kept.MemberId!.Value, kept.KeptAsReservation));
        _clock.Advance(Decision.ReservationReview - TimeSpan.FromSeconds(1));
        Assert.Empty(decision.ReservationsDue(Now));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Same(kept, Assert.Single(decision.ReservationsDue(Now)));
        decision.ResolveReservation(Id(team, "U-ben"), Now);
        Assert.Empty(decision.ReservationsDue(Now));
    }

    [Fact]
    public void Another_sectors_disagreement_is_outvoted_as_before()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-chloe"), Stance.Disagree, "too costly", Now);

        decision.Close(Members(team), Now, Citizens(team));

        Assert.DoesNotContain(decision.Positions, p => p.IsOpenReservation);
    }

    [Fact]
    public void A_citizens_disagreement_on_a_decision_not_agreed_is_not_kept()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Disagree, "the rent goes up for us", Now);

        Assert.Equal(DecisionOutcome.NotAgreed, decision.Close(Members(team), Now, Citizens(team)));

        Assert.DoesNotContain(decision.Positions, p => p.IsOpenReservation);
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    private (Collaborations.Collaboration Team, Decision Decision) Proposal()
    {
        var team = Builders.Collaboration(_clock);
        team.AddMember("U-ben", Sector.Citizen, _clock);
        team.AddMember("U-chloe", Sector.PrivateBusiness, _clock);
        return (team, Decision.Propose(team.Id, 1, "Pilot in Nørrebro", team.Convener().Id, Now, Now.AddDays(7)));
    }

    private static Guid Id(Collaborations.Collaboration team, string userId) => team.FindMember(userId)!.Id;

    private static List<Guid> Members(Collaborations.Collaboration team) => team.Members.Select(m => m.Id).ToList();

    private static HashSet<Guid> Citizens(Collaborations.Collaboration team) => team.Members.Where(m => m.Sector == Sector.Citizen).Select(m => m.Id).ToHashSet();
}
