using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class GlossaryFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "glossary")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        foreach (var (who, sector) in new[] { ("ben", "citizen"), ("chloe", "business"), ("dan", "ngo") })
        {
            await Playground.SayAsync(who, $"join as {sector}");
        }
    }

    [Fact]
    public async Task A_term_agreed_by_half_the_members_becomes_the_teams_and_answers_what_is_across_plurals()
    {
        var proposal = Assert.Single(await Playground.SayAsync("ben", "define Energy poverty: a household that cannot keep warm for 10% of its income"));
        Assert.Contains("Accepted when 2 of 4 active members agree", proposal.CardJson());
        Assert.Contains("no agreed meaning yet", Assert.Single(await Playground.SayAsync("ana", "what is energy poverty?")).Text());

        var agreed = Assert.Single(await Playground.ClickAsync("dan", proposal.Id(), "agree"));

        Assert.Equal("\"Energy poverty\" now means: a household that cannot keep warm for 10% of its income (agreed by 2 of 4 active members).", agreed.Text());
        Assert.Equal("\"Energy poverty\": a household that cannot keep warm for 10% of its income",
            Assert.Single(await Playground.SayAsync("chloe", "what is Energy Poverties")).Text());
        Assert.Contains("a household that cannot keep warm", Assert.Single(await Playground.SayAsync("chloe", "glossary")).CardJson());
    }

    [Fact]
    public async Task Another_wording_stays_open_until_a_convener_confirms_it_and_then_replaces_the_first()
    {
        await Playground.SayAsync("ben", "define tenant: someone who rents");
        Assert.Contains("\"tenant\" now means: someone who rents", Assert.Single(await Playground.SayAsync("chloe", "agree tenant")).Text());
        await Playground.SayAsync("dan", "define tenants: a household renting from the association");

        Assert.Contains("Only a convener", Assert.Single(await Playground.SayAsync("dan", "confirm 2")).Text());
        Assert.Contains("confirmed by Ana", Assert.Single(await Playground.SayAsync("ana", "confirm 2")).Text());

        Assert.Equal("\"tenants\": a household renting from the association", Assert.Single(await Playground.SayAsync("ben", "what is Tenant?")).Text());
    }
}
