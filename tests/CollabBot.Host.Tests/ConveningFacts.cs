using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Roles, the process map and assets through the Playground.</summary>
[Collection(HostCollection.Name)]
public sealed class ConveningFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "convening")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "join as public");
        await Playground.SayAsync("ben", "join as citizen");
    }

    [Fact]
    public async Task A_convener_maps_who_takes_part_when_and_the_map_shows_members_by_phases()
    {
        Assert.Contains("Only a convener", Assert.Single(await Playground.SayAsync("ben", "map @ana Understand lead")).Text());
        await Playground.SayAsync("ana", "map @ana Understand lead");
        Assert.Equal("Process map: Ben will consult in Test.", Assert.Single(await Playground.SayAsync("ana", "map @Ben test consult")).Text());
        await Playground.SayAsync("ana", "map @ben Test contribute");

        var map = Assert.Single(await Playground.SayAsync("ben", "map"))!["card"]!;

        var table = map["table"]!;
        Assert.Equal(["Member", "Understand", "Ideate", "Test", "Implement", "Spread"], table["columns"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(
            [["Ana", "lead", "\u2014", "\u2014", "\u2014", "\u2014"], ["Ben", "\u2014", "\u2014", "contribute", "\u2014", "\u2014"]],
            table["rows"]!.AsArray().Select(r => r!.AsArray().Select(c => c!.GetValue<string>()).ToArray()).ToArray());
        Assert.Contains("Nobody leads: Ideate, Test, Implement, Spread.", map["note"]!.GetValue<string>());

        // Members see their own part with `me`.
        Assert.Contains("{\"label\":\"Your part (process map)\",\"value\":\"Test: contribute\"}", Assert.Single(await Playground.SayAsync("ben", "me")).CardJson());
        await Playground.SayAsync("chloe", "join as business");
        Assert.Contains("not mapped yet", Assert.Single(await Playground.SayAsync("chloe", "me")).CardJson());
    }

    [Fact]
    public async Task Assets_are_found_with_who_has_and_roles_show_who_holds_what()
    {
        await Playground.SayAsync("ben", "assets tenant survey data, contacts in Block C");

        Assert.Equal("• Ben: tenant survey data", Assert.Single(await Playground.SayAsync("ana", "who has survey data?")).Text());
        var suggestion = Assert.Single(await Playground.SayAsync("ana", "suggest")).Text();
        Assert.Contains("Invite someone from: knowledge institution.", suggestion);
        var roles = Assert.Single(await Playground.SayAsync("ben", "roles")).CardJson();
        Assert.Contains("{\"label\":\"Convener\",\"value\":\"Ana\"}", roles);
        Assert.Contains("Nobody holds: facilitator, catalyst, sponsor, coordinator.", roles);
    }

    [Fact]
    public async Task Status_notes_a_leadership_role_nobody_holds_until_someone_holds_it()
    {
        var before = Assert.Single(await Playground.SayAsync("ben", "status")).CardJson();
        Assert.Contains("Nobody holds these leadership roles yet: facilitator, catalyst.", before);

        await Playground.SayAsync("ana", "role @Ben facilitator,catalyst");
        var after = Assert.Single(await Playground.SayAsync("ben", "status")).CardJson();

        // Sponsor and coordinator support from outside the team: nobody holding them is not worth a note.
        Assert.DoesNotContain("Nobody holds", after);
        Assert.Contains("facilitator, catalyst\"}", after);
    }
}
