using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class NetworkStageFacts
{
    [Fact]
    public void A_few_leaders_from_two_sectors_are_coupling_and_are_told_which_sectors_are_missing()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        collaboration.Convener().SetSector(Sector.PublicAgency);
        collaboration.AddMember("U-ben", Sector.Citizen, clock);

        Assert.Equal(NetworkStage.Coupling, collaboration.NetworkStage);
        Assert.Contains("private business", NetworkStageRule.NextStep(collaboration));
    }

    [Fact]
    public void Three_sectors_and_four_members_make_an_integrated_network()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        collaboration.Convener().SetSector(Sector.PublicAgency);
        collaboration.AddMember("U-ben", Sector.Citizen, clock);
        collaboration.AddMember("U-chloe", Sector.PrivateBusiness, clock);
        Assert.Equal(NetworkStage.Coupling, collaboration.NetworkStage);

        collaboration.AddMember("U-dev", Sector.Citizen, clock);

        Assert.Equal(NetworkStage.Integration, collaboration.NetworkStage);
    }

    [Fact]
    public void An_integrated_network_with_a_sponsor_is_linking()
    {
        var clock = Builders.Clock();
        var collaboration = Builders.Collaboration(clock);
        collaboration.Convener().SetSector(Sector.PublicAgency);
        collaboration.AddMember("U-ben", Sector.Citizen, clock);
        collaboration.AddMember("U-chloe", Sector.PrivateBusiness, clock);
        collaboration.AddMember("U-dev", Sector.CivilSociety, clock).Grant(Role.Sponsor);

        Assert.Equal(NetworkStage.Linking, collaboration.NetworkStage);
    }
}
