using CollabBot.Domain.CheckIns;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 3: the value chain as a loop; wants served by offers, the kinds of value, `me` in kind words.</summary>
public sealed class ValueLoopFacts
{
    [Fact]
    public void A_want_is_unserved_only_after_two_weeks_without_an_offer_linked_to_it()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var ana = team.Convener();
        var want = new Commitment(team.Id, ana.Id, "contacts in housing", "", clock.GetUtcNow());

        clock.Advance(UnservedWants.Grace - TimeSpan.FromMinutes(1));
        Assert.Empty(UnservedWants.Of([want], [], clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(want, Assert.Single(UnservedWants.Of([want], [], clock.GetUtcNow())));

        var offer = new ValueOffer(team.Id, ana.Id, "an intro to the housing board", clock.GetUtcNow());
        offer.Serve(ana.Id, want);
        Assert.Empty(UnservedWants.Of([want], [offer], clock.GetUtcNow()));
    }

    [Fact]
    public void An_offer_for_an_earlier_want_does_not_serve_a_new_one()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var ana = team.Convener();
        var old = new Commitment(team.Id, ana.Id, "contacts in housing", "", clock.GetUtcNow());
        var offer = new ValueOffer(team.Id, ana.Id, "an intro to the housing board", clock.GetUtcNow());
        offer.Serve(ana.Id, old);
        clock.Advance(TimeSpan.FromDays(1));
        var renewed = new Commitment(team.Id, ana.Id, "a pilot site", "", clock.GetUtcNow());

        clock.Advance(UnservedWants.Grace);

        Assert.Equal(renewed, Assert.Single(UnservedWants.Of([renewed], [offer], clock.GetUtcNow())));
    }

    [Fact]
    public void An_offer_serves_only_the_want_of_the_member_it_is_for()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var ben = team.AddMember("U-ben", Domain.Members.Sector.Citizen, clock);
        var anasWant = new Commitment(team.Id, team.Convener().Id, "contacts", "", clock.GetUtcNow());
        var offer = new ValueOffer(team.Id, ben.Id, "data", clock.GetUtcNow());

        Assert.Throws<DomainRuleViolation>(() => offer.Serve(ben.Id, anasWant));
        offer.Serve(ben.Id, null);
        offer.ForgetRecipient();
        Assert.Equal((null, null), (offer.ForMemberId, offer.CommitmentId));
    }

    [Fact]
    public void The_kinds_of_value_are_counted_most_named_first()
    {
        Assert.Equal("capacity built 2, public value 1",
            ValueKinds.Describe([ValueDimension.PublicValue, ValueDimension.CapacityBuilt, ValueDimension.CapacityBuilt]));
        Assert.Null(ValueKinds.Describe([]));
    }

    [Theory]
    [InlineData(new[] { 4, 4, 4, 2, 2 }, "Your last two ratings were lower than usual.", "lower lately")]
    [InlineData(new[] { 3, 3, 3, 5, 5 }, "Your last two ratings were higher than usual", "going well")]
    [InlineData(new[] { 4, 4, 3, 3 }, "Your ratings are steady.", "steady")]
    public void Me_speaks_of_the_ratings_encouragingly_and_never_calls_a_person_weakening(int[] ratings, string says, string word)
    {
        var points = ratings.Select((r, i) => new CheckInPoint(Builders.Monday.AddDays(7 * i), r)).ToList();

        var text = CommitmentTrend.Encouragement(points);

        Assert.StartsWith(says, text);
        Assert.Equal(word, CommitmentTrend.Word(CommitmentTrend.Evaluate(points)));
        Assert.DoesNotContain("weakening", text + CommitmentTrend.Word(CommitmentTrend.Evaluate(points)));
    }
}
