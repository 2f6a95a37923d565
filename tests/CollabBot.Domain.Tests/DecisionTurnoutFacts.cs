using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 28, point 2: abstaining, turnout, the quorum, the reminder, and too-fast consensus on substantive decisions only.</summary>
public sealed class DecisionTurnoutFacts
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Builders.Clock();

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void Abstaining_is_taking_part_but_not_taking_a_side()
    {
        var (team, decision) = Proposal(members: 4);
        decision.TakePosition(Id(team, 1), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, 2), Stance.Abstain, null, Now);
        decision.TakePosition(Id(team, 3), Stance.Abstain, "I run the firm that would bid", Now);

        var turnout = decision.Turnout(Members(team));

        Assert.Equal((3, 5, 2), (turnout.TookPart, turnout.Members, turnout.Abstained));
        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Close(Members(team), Now));
    }

    [Fact]
    public void Everyone_abstaining_is_not_agreed()
    {
        var (team, decision) = Proposal(members: 2);
        decision.TakePosition(Id(team, 0), Stance.Abstain, null, Now);
        decision.TakePosition(Id(team, 1), Stance.Abstain, null, Now);

        Assert.Equal(DecisionOutcome.NotAgreed, decision.Close(Members(team), Now));
    }

    [Fact]
    public void Turnout_names_who_has_not_taken_a_position_in_the_team_order_and_ignores_members_who_left()
    {
        var (team, decision) = Proposal(members: 4);
        decision.TakePosition(Id(team, 2), Stance.Disagree, null, Now);
        decision.TakePosition(Id(team, 4), Stance.Agree, null, Now);
        var withoutTheLast = Members(team).Take(4).ToList();

        var turnout = decision.Turnout(withoutTheLast);

        Assert.Equal((1, 4), (turnout.TookPart, turnout.Members));
        Assert.Equal([Id(team, 0), Id(team, 1), Id(team, 3)], turnout.NotYet);
    }

    [Theory]
    [InlineData(60, 8, 4, DecisionOutcome.NoQuorum)]
    [InlineData(60, 8, 5, DecisionOutcome.ProvisionallyAgreed)]
    [InlineData(50, 8, 4, DecisionOutcome.ProvisionallyAgreed)]
    [InlineData(100, 3, 2, DecisionOutcome.NoQuorum)]
    public void A_quorum_counts_positions_against_members_rounding_up(int quorum, int members, int agreeing, DecisionOutcome expected)
    {
        var (team, decision) = Proposal(members: members - 1, quorum: quorum);
        foreach (var id in Members(team).Take(agreeing))
        {
            decision.TakePosition(id, Stance.Agree, null, Now);
        }

        Assert.Equal(expected, decision.Close(Members(team), Now));
    }

    [Fact]
    public void Abstentions_count_towards_the_quorum_and_the_needed_number_is_shown()
    {
        var (team, decision) = Proposal(members: 4, quorum: 60);
        decision.TakePosition(Id(team, 0), Stance.Agree, null, Now);
        decision.TakePosition(Id(team, 1), Stance.Abstain, null, Now);

        Assert.Equal((3, false), (decision.Turnout(Members(team)).Needed, decision.Turnout(Members(team)).QuorumMet));
        decision.TakePosition(Id(team, 2), Stance.Abstain, null, Now);

        Assert.True(decision.Turnout(Members(team)).QuorumMet);
        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Close(Members(team), Now));
    }

    [Fact]
    public void A_quorum_outside_1_to_100_percent_is_refused()
    {
        var team = Builders.Collaboration(_clock);

        Assert.Throws<DomainRuleViolation>(() => team.SetDecisionQuorum(0));
        Assert.Throws<DomainRuleViolation>(() => team.SetDecisionQuorum(101));
        Assert.Throws<DomainRuleViolation>(() => Decision.Propose(team.Id, 1, "x", team.Convener().Id, Now, Now.AddDays(1), new ProposalTerms(QuorumPercent: 0)));
        team.SetDecisionQuorum(100);
        team.SetDecisionQuorum(null);
        Assert.Null(team.DecisionQuorum);
    }

    [Theory]
    [InlineData(168, 144)] // a week: reminded 24 hours before it closes
    [InlineData(48, 24)]
    [InlineData(12, 6)] // shorter than two days: halfway
    public void Members_without_a_position_are_reminded_a_day_before_the_close_or_halfway(int openHours, int remindAfterHours)
    {
        var (_, decision) = Proposal(members: 2, closesAfter: TimeSpan.FromHours(openHours));

        Assert.Equal(Now.AddHours(remindAfterHours), decision.RemindAt);
        Assert.False(decision.IsReminderDue(Now.AddHours(remindAfterHours).AddSeconds(-1)));
        Assert.True(decision.IsReminderDue(Now.AddHours(remindAfterHours)));
    }

    [Fact]
    public void The_reminder_goes_once_and_never_after_the_close()
    {
        var (team, decision) = Proposal(members: 2);
        var (_, late) = Proposal(members: 2);

        decision.MarkReminded(Now.AddDays(6));
        late.Close(Members(team), Now.AddDays(6).AddHours(1));

        Assert.False(decision.IsReminderDue(Now.AddDays(6).AddHours(5)));
        Assert.False(late.IsReminderDue(Now.AddDays(6).AddHours(2)));
        Assert.False(Proposal(members: 2).Decision.IsReminderDue(Now.AddDays(7)));
    }

    [Fact]
    public void Six_of_seven_agreeing_within_50_minutes_is_fast_consensus_because_the_proposer_consents_by_proposing()
    {
        var (team, decision) = Proposal(members: 6);
        foreach (var id in Members(team).Skip(1))
        {
            decision.TakePosition(id, Stance.Agree, null, Now.AddMinutes(50));
        }

        decision.Close(Members(team), Now.AddDays(7));

        Assert.True(decision.IsSubstantive);
        Assert.True(decision.FastConsensus);
    }

    [Fact]
    public void A_proposer_who_took_another_position_is_not_counted_as_consenting()
    {
        var (team, decision) = Proposal(members: 3);
        decision.TakePosition(Id(team, 0), Stance.AgreeWithReservations, "costs", Now);
        foreach (var id in Members(team).Skip(1))
        {
            decision.TakePosition(id, Stance.Agree, null, Now.AddMinutes(5));
        }

        decision.Close(Members(team), Now.AddDays(7));

        Assert.False(decision.FastConsensus);
    }

    [Theory]
    [InlineData(DecisionWeight.Logistics, 168, false)] // marked logistics: never, however long it is open
    [InlineData(DecisionWeight.Unmarked, 47, false)] // unmarked and open under 48 hours: logistics
    [InlineData(DecisionWeight.Unmarked, 48, true)]
    [InlineData(DecisionWeight.Substantive, 2, true)] // marked substantive: always
    public void Too_fast_consensus_is_recorded_only_for_substantive_decisions(DecisionWeight weight, int openHours, bool fast)
    {
        var (team, decision) = Proposal(members: 3, closesAfter: TimeSpan.FromHours(openHours), weight: weight);
        foreach (var id in Members(team))
        {
            decision.TakePosition(id, Stance.Agree, null, Now.AddMinutes(20));
        }

        decision.Close(Members(team), Now.AddHours(1));

        Assert.Equal(DecisionOutcome.ProvisionallyAgreed, decision.Outcome);
        Assert.Equal(fast, decision.IsSubstantive);
        Assert.Equal(fast, decision.FastConsensus);
    }

    [Fact]
    public void A_proposer_alone_is_no_consensus_but_a_proposer_and_one_quick_agreement_is()
    {
        var (team, decision) = Proposal(members: 1);
        var proposer = Id(team, 0);

        Assert.False(DecisionOutcomeRule.IsFastConsensus(Now, proposer, [proposer], []));
        Assert.True(DecisionOutcomeRule.IsFastConsensus(Now, proposer, Members(team), [decision.TakePosition(Id(team, 1), Stance.Agree, null, Now)]));
    }

    private (Collaboration Team, Decision Decision) Proposal(
        int members, int? quorum = null, TimeSpan? closesAfter = null, DecisionWeight weight = DecisionWeight.Unmarked)
    {
        var team = Builders.Collaboration(_clock);
        for (var i = 1; i <= members; i++)
        {
            team.AddMember($"U-m{i}", i % 2 == 0 ? Sector.Citizen : Sector.PrivateBusiness, _clock);
        }

        var terms = new ProposalTerms(weight, quorum);
        return (team, Decision.Propose(team.Id, 1, "Pilot in Nørrebro", team.Convener().Id, Now, Now + (closesAfter ?? TimeSpan.FromDays(7)), terms));
    }

    /// <summary>The n-th member in joining order; 0 is the convener, who proposed.</summary>
    private static Guid Id(Collaboration team, int n) => team.Members[n].Id;

    private static List<Guid> Members(Collaboration team) => team.Members.Select(m => m.Id).ToList();
}
