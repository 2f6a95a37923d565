using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class DecisionFacts
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void Most_agreeing_and_no_block_is_provisionally_agreed_and_keeps_the_reservation()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.AgreeWithReservations, "only if tenants are asked", Now);
        decision.TakePosition(Id(team, "U-chloe"), Stance.Disagree, null, Now);

        var outcome = decision.Close(Members(team), Now);

        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, outcome);
        var reservation = Assert.Single(decision.Positions, p => p.IsOpenReservation);
        Assert.Equal("only if tenants are asked", reservation.Reason);
    }

    [Fact]
    public void A_tie_is_not_agreed()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Disagree, null, Now);

        Assert.Equal(DecisionOutcome.NotAgreed, decision.Close(Members(team), Now));
    }

    [Fact]
    public void One_block_stops_an_otherwise_agreed_decision()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-chloe"), Stance.Block, "breaks the tenancy law", Now);

        Assert.Equal(DecisionOutcome.NotAgreed, decision.Close(Members(team), Now));
    }

    [Fact]
    public void A_block_without_a_reason_is_refused()
    {
        var (team, decision) = Proposal();

        var refused = Assert.Throws<DomainRuleViolation>(() => decision.TakePosition(Id(team, "U-ana"), Stance.Block, "  ", Now));

        Assert.Contains("reason", refused.Message);
        Assert.Empty(decision.Positions);
    }

    [Fact]
    public void A_changed_position_counts_once_with_its_latest_stance()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Block, "too costly", Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.AgreeWithReservations, "costs shared", Now);

        Assert.Equal(2, decision.Positions.Count);
        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Close(Members(team), Now));
        Assert.Equal(4, decision.Revision); // three positions and the close: four versions of the card after the first
    }

    [Fact]
    public void Closing_twice_is_refused_and_keeps_the_first_outcome()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.Close(Members(team), Now);

        Assert.Throws<DomainRuleViolation>(() => decision.Close(Members(team), Now.AddHours(1)));
        Assert.Throws<DomainRuleViolation>(() => decision.TakePosition(Id(team, "U-ben"), Stance.Block, "late", Now));
        Assert.Equal((DecisionOutcome.ProvisionallyAgreed, Now), (decision.Outcome!.Value, decision.ClosedAt!.Value));
    }

    [Fact]
    public void The_position_of_a_member_who_left_does_not_count()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-chloe"), Stance.Block, "no budget", Now);
        var stillMembers = Members(team).Where(id => id != Id(team, "U-chloe")).ToList();

        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Close(stillMembers, Now));
    }

    [Fact]
    public void Nobody_answering_is_not_agreed()
    {
        var (team, decision) = Proposal();

        Assert.Equal(DecisionOutcome.NotAgreed, decision.Close(Members(team), Now));
    }

    [Fact]
    public void Everyone_agreeing_within_an_hour_without_reservation_is_fast_consensus()
    {
        var (team, decision) = Proposal();
        foreach (var id in Members(team))
        {
            decision.TakePosition(id, Stance.Agree, null, Now.AddMinutes(50));
        }

        decision.Close(Members(team), Now.AddDays(1));

        Assert.True(decision.FastConsensus);
    }

    [Theory]
    [InlineData(61, Stance.Agree)]
    [InlineData(10, Stance.AgreeWithReservations)]
    public void Slower_or_reserved_agreement_is_not_fast_consensus(int lastAfterMinutes, Stance lastStance)
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ana"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-ben"), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, "U-chloe"), lastStance, "x", Now.AddMinutes(lastAfterMinutes));

        decision.Close(Members(team), Now.AddDays(1));

        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Outcome);
        Assert.False(decision.FastConsensus);
    }

    [Fact]
    public void A_reservation_is_due_four_weeks_after_the_agreement_once_and_not_after_it_is_resolved()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ben"), Stance.AgreeWithReservations, "ask tenants", Now);
        decision.TakePosition(Id(team, "U-chloe"), Stance.AgreeWithReservations, "cost", Now);
        decision.Close(Members(team), Now);

        Assert.Empty(decision.ReservationsDue(Now.AddDays(27)));
        decision.ResolveReservation(Id(team, "U-chloe"), Now.AddDays(2));
        var due = Assert.Single(decision.ReservationsDue(Now.AddDays(28)));
        decision.MarkBroughtBack(due, Now.AddDays(28));

        Assert.Equal(Id(team, "U-ben"), due.MemberId);
        Assert.Empty(decision.ReservationsDue(Now.AddDays(29)));
        Assert.Throws<DomainRuleViolation>(() => decision.ResolveReservation(Id(team, "U-ana"), Now));
    }

    [Fact]
    public void A_forgotten_member_stays_only_as_an_anonymous_count()
    {
        var (team, decision) = Proposal();
        decision.TakePosition(Id(team, "U-ben"), Stance.AgreeWithReservations, "ask tenants", Now);
        decision.Close(Members(team), Now);

        decision.Forget(Id(team, "U-ben"));

        var position = Assert.Single(decision.Positions);
        Assert.Equal((null, null, Stance.AgreeWithReservations), (position.MemberId, position.Reason, position.Stance));
        Assert.Empty(decision.ReservationsDue(Now.AddDays(30)));
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
}
