using CollabBot.Domain.Glossary;

namespace CollabBot.Domain.Tests;

public sealed class GlossaryFacts
{
    private static readonly DateTimeOffset Now = Builders.Monday;
    private static readonly Guid Ana = Guid.NewGuid(), Ben = Guid.NewGuid(), Chloe = Guid.NewGuid(), Dan = Guid.NewGuid();

    [Theory]
    [InlineData(1, 4, false)]
    [InlineData(2, 4, true)]
    [InlineData(1, 3, false)]
    [InlineData(2, 3, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, 0, false)]
    public void Half_of_the_active_members_accept_a_definition(int agreeing, int active, bool accepted) =>
        Assert.Equal(accepted, GlossaryAcceptanceRule.IsAccepted(agreeing, active));

    [Fact]
    public void The_proposer_and_one_more_of_four_make_it_the_teams_meaning()
    {
        var definition = Definition.Propose(Guid.NewGuid(), 1, "Energy poverty", "Cannot keep warm", Ana, Now);
        Guid[] team = [Ana, Ben, Chloe, Dan];

        Assert.False(definition.TryAccept(team, Now));
        Assert.True(definition.Agree(Ben, team, Now));
        Assert.True(definition.IsAccepted);
    }

    [Fact]
    public void Agreement_from_someone_who_left_or_is_away_does_not_count()
    {
        var definition = Definition.Propose(Guid.NewGuid(), 1, "Tenant", "Who rents", Ana, Now);
        Guid[] activeWithoutAna = [Ben, Chloe, Dan];

        Assert.False(definition.Agree(Ben, activeWithoutAna, Now));
        Assert.Equal(1, definition.AgreementsAmong(activeWithoutAna));
        Assert.True(definition.Agree(Chloe, activeWithoutAna, Now));
    }

    [Fact]
    public void Agreeing_twice_counts_once()
    {
        var definition = Definition.Propose(Guid.NewGuid(), 1, "Tenant", "Who rents", Ana, Now);
        Guid[] team = [Ana, Ben, Chloe, Dan, Guid.NewGuid()];

        definition.Agree(Ana, team, Now);
        definition.Agree(Ben, team, Now);

        Assert.Equal(2, definition.AgreedBy.Count);
        Assert.False(definition.IsAccepted);
    }

    [Fact]
    public void A_convener_confirmation_accepts_and_a_later_accepted_wording_supersedes_it()
    {
        var first = Definition.Propose(Guid.NewGuid(), 1, "Tenants", "People who rent", Ana, Now);
        var second = Definition.Propose(first.CollaborationId, 2, "tenant", "Households renting a home", Ben, Now);
        var glossary = new SharedGlossary([first, second]);

        first.Confirm(Now);
        glossary.Settle(first, Now);
        Assert.Equal("People who rent", glossary.Accepted("TENANT")!.Text);

        second.Confirm(Now.AddDays(1));
        glossary.Settle(second, Now.AddDays(1));

        Assert.Equal("Households renting a home", glossary.Accepted("tenants")!.Text);
        Assert.Equal([second], glossary.AcceptedTerms());
        Assert.Throws<DomainRuleViolation>(() => first.Agree(Chloe, [Ana], Now));
    }

    [Theory]
    [InlineData("Energy Poverties", "energy poverty")]
    [InlineData("tenants", "tenant")]
    [InlineData("Heat pumps?", "heat pump")]
    [InlineData("boxes", "box")]
    [InlineData("bus", "bus")]
    [InlineData("Process", "process")]
    public void Terms_match_case_insensitively_and_across_simple_plurals(string term, string key) =>
        Assert.Equal(key, TermKey.Of(term));
}
