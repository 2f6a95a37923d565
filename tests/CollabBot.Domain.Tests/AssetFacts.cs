using CollabBot.Domain.Assets;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class AssetFacts
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void Who_has_finds_members_whose_assets_mention_the_words_best_match_first()
    {
        var team = Builders.Collaboration(_clock);
        team.AddMember("U-ben", Sector.Citizen, _clock).SetAssets(["tenant survey data", "contacts in Block C"]);
        team.AddMember("U-chloe", Sector.PrivateBusiness, _clock).SetAssets(["heat pump installers", "energy data"]);

        var matches = AssetSearch.Find(team.Members, "survey data");

        Assert.Equal(["ben", "chloe"], matches.Select(m => m.Member.DisplayName));
        Assert.Equal(["tenant survey data"], matches[0].Assets);
        Assert.Empty(AssetSearch.Find(team.Members, "the funding"));
    }

    [Fact]
    public void The_suggestion_names_key_sectors_and_assets_the_current_phase_lacks()
    {
        var team = Builders.Collaboration(_clock);
        team.Convener().SetSector(Sector.PublicAgency);
        team.AddMember("U-ben", Sector.Citizen, _clock).SetAssets(["tenant survey data"]);

        var suggestion = InviteSuggestion.For(team);

        Assert.Equal([Sector.KnowledgeInstitution], suggestion.MissingSectors);
        Assert.Equal(["user insight", "research"], suggestion.MissingAssets);
    }
}
