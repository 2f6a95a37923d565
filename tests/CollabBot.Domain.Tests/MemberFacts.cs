using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class MemberFacts
{
    [Fact]
    public void A_member_is_away_through_the_last_day_they_named()
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Sector.Citizen, clock);
        member.SetAwayUntil(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 1));

        Assert.True(member.IsAway(new DateOnly(2026, 12, 31)));
        Assert.False(member.IsAway(new DateOnly(2027, 1, 1)));

        member.SetAwayUntil(null, new DateOnly(2026, 12, 1));
        Assert.False(member.IsAway(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Away_periods_are_remembered_as_declared_and_coming_back_early_ends_them_the_day_before()
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Sector.Citizen, clock);
        member.SetAwayUntil(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 20));
        member.SetAwayUntil(null, new DateOnly(2026, 12, 28));
        member.SetAwayUntil(new DateOnly(2027, 2, 7), new DateOnly(2027, 2, 1));

        Assert.Equal([new AwayPeriod(new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 27)), new AwayPeriod(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 7))], member.AwayPeriods);
        Assert.True(member.WasAway(new DateOnly(2026, 12, 27)));
        Assert.False(member.WasAway(new DateOnly(2026, 12, 28)));
        Assert.False(member.WasAway(new DateOnly(2027, 1, 15)));
    }

    [Theory]
    [InlineData(Role.Sponsor, true)]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.Sponsor | Role.Facilitator, false)]
    [InlineData(Role.Coordinator | Role.Convener, false)]
    [InlineData(Role.Member, false)]
    public void Sponsors_and_coordinators_without_a_role_inside_support_from_outside_and_get_no_check_ins_unless_they_opt_in(Role roles, bool outside)
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-sam", Sector.PublicAgency, clock);
        member.SetRoles(roles);

        Assert.Equal((outside, !outside), (member.SupportsFromOutside, member.WantsCheckIns));
        member.SetCheckInsWanted(true);
        Assert.True(member.WantsCheckIns);
        member.SetCheckInsWanted(false);
        Assert.False(member.WantsCheckIns);
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

public sealed class QuietHoursFacts
{
    [Theory]
    [InlineData("20:00", true)]
    [InlineData("23:59", true)]
    [InlineData("07:59", true)]
    [InlineData("08:00", false)]
    [InlineData("19:59", false)]
    public void Default_quiet_hours_run_past_midnight(string time, bool quiet)
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Members.Sector.Citizen, clock);

        Assert.Equal(quiet, member.IsQuietAt(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Quiet_hours_within_one_day_are_read_as_such()
    {
        var clock = Builders.Clock();
        var member = Builders.Collaboration(clock).AddMember("U-ben", Members.Sector.Citizen, clock);
        member.SetQuietHours(new TimeOnly(12, 0), new TimeOnly(13, 30));

        Assert.True(member.IsQuietAt(new TimeOnly(12, 45)));
        Assert.False(member.IsQuietAt(new TimeOnly(21, 0)));
        Assert.Throws<DomainRuleViolation>(() => member.SetQuietHours(new TimeOnly(9, 0), new TimeOnly(9, 0)));
    }
}
