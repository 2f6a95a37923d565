using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class MemberFacts
{
    [Fact]
    public void A_member_is_away_through_the_last_day_they_named()
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Sector.Citizen, clock);
        member.SetAwayUntil(new DateOnly(2026, 12, 31));

        Assert.True(member.IsAway(new DateOnly(2026, 12, 31)));
        Assert.False(member.IsAway(new DateOnly(2027, 1, 1)));

        member.SetAwayUntil(null);
        Assert.False(member.IsAway(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Roles_are_set_as_a_whole_and_every_member_keeps_the_member_role()
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Sector.Citizen, clock);

        member.SetRoles(Role.Facilitator | Role.Catalyst);
        Assert.Equal("facilitator, catalyst", RoleNames.Display(member.Roles));

        member.SetRoles(Role.Sponsor);
        Assert.False(member.Holds(Role.Facilitator));
        Assert.True(member.Holds(Role.Member));
        Assert.Equal("sponsor", RoleNames.Display(member.Roles));
    }

    [Fact]
    public void Assets_are_trimmed_and_kept_once()
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Sector.Citizen, clock);

        member.SetAssets([" housing data ", "Housing data", "", "tenant network"]);

        Assert.Equal(["housing data", "tenant network"], member.Assets);
    }

    [Theory]
    [InlineData("citizen", Sector.Citizen)]
    [InlineData("End User", Sector.Citizen)]
    [InlineData("NGO", Sector.CivilSociety)]
    [InlineData("public", Sector.PublicAgency)]
    [InlineData("business", Sector.PrivateBusiness)]
    [InlineData("university", Sector.KnowledgeInstitution)]
    [InlineData("KnowledgeInstitution", Sector.KnowledgeInstitution)]
    public void Sectors_are_read_in_the_words_people_use(string text, Sector expected)
    {
        Assert.True(SectorNames.TryParse(text, out var sector));
        Assert.Equal(expected, sector);
    }

    [Theory]
    [InlineData("pirates")]
    [InlineData("42")]
    [InlineData("")]
    public void Unknown_sectors_are_not_read(string text) => Assert.False(SectorNames.TryParse(text, out _));

    [Theory]
    [InlineData("facilitators", Role.Facilitator)]
    [InlineData("Convener", Role.Convener)]
    [InlineData("coordinator", Role.Coordinator)]
    public void Roles_are_read_in_singular_or_plural(string text, Role expected)
    {
        Assert.True(RoleNames.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }
}
