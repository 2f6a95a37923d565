using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Eight weeks of a six-member collaboration with no citizen in it: two members fall silent after five weeks.
/// The facilitator hears about both, privately; the channel hears that no citizen voice is heard, once; nobody
/// is named in the channel.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ParticipationJourney : IAsyncLifetime
{
    private static readonly string[] Team = ["ana", "ben", "chloe", "dev", "eli", "gus"];
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "fading");
        _app = new CollabBotApp(_database);
        _playground = new PlaygroundClient(_app.Http());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Two_members_fade_and_only_the_facilitator_hears_of_it()
    {
        await _playground.SayAsync("ana", "start Warm Homes");
        foreach (var (member, sector) in Team.Zip(["public", "business", "ngo", "knowledge", "public", "business"]))
        {
            await _playground.SayAsync(member, $"join as {sector}");
        }

        await _playground.SayAsync("ana", "role @Dev facilitator");
        await _playground.SayAsync("chloe", "nudges off");
        var (_, start) = await _playground.OutboxAsync();

        for (var day = 0; day < 56; day++)
        {
            foreach (var member in Team.Where(m => day < 35 || m is not ("chloe" or "eli")))
            {
                await ChatAsync(member, $"day {day}: notes from {member}");
            }

            await _playground.AdvanceAsync("P1D");
        }

        var all = (await _playground.OutboxAsync(start)).Messages.Select(m => m!).ToList();
        var alerts = all.Where(m => m.Text().Contains("participation in Warm Homes is fading", StringComparison.Ordinal)).ToList();
        Assert.All(alerts, a => Assert.Equal(("direct", "dev"), (a.Visibility(), a["recipientUserId"]!.GetValue<string>())));
        Assert.Equal(["Chloe", "Eli"], alerts.Select(a => a.Text().Split("'s participation")[0].Split(". ")[^1]).Distinct().Order());
        Assert.InRange(alerts.Count, 2, 6); // at most once per member per week, over the last three weeks

        var nudges = all.Where(m => m.Text().StartsWith("We have missed you", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(nudges, n => n["recipientUserId"]!.GetValue<string>() == "chloe");
        Assert.Contains(nudges, n => n["recipientUserId"]!.GetValue<string>() == "eli");

        var channel = all.Where(m => m.Visibility() == "channel").ToList();
        Assert.Single(channel, m => m.Text().StartsWith("No citizen or end-user voice yet in Understand", StringComparison.Ordinal));
        Assert.DoesNotContain(channel, m => m.Text().Contains("Chloe", StringComparison.Ordinal) || m.Text().Contains("Eli", StringComparison.Ordinal));

        var refused = Assert.Single(await _playground.SayAsync("ben", "health"));
        Assert.StartsWith("Participation health is for the team's facilitators and conveners.", refused.Text());
        var health = Assert.Single(await _playground.SayAsync("dev", "health"));
        Assert.Equal(("onlyUser", "Fading: Chloe, Eli."), (health.Visibility(), health.Text()));

        // The thresholds are the team's: the facilitator reads them, the convener changes them, bad values are named.
        Assert.StartsWith("A member fades below 30% of their own baseline rate", Assert.Single(await _playground.SayAsync("dev", "health thresholds")).Text());
        Assert.StartsWith("Only a convener can change the fade thresholds", Assert.Single(await _playground.SayAsync("dev", "health thresholds grace 90")).Text());
        Assert.StartsWith("\"lots\" is not a valid ratio", Assert.Single(await _playground.SayAsync("ana", "health thresholds ratio lots")).Text());
        Assert.Contains("between 0.05 and 0.95", Assert.Single(await _playground.SayAsync("ana", "health thresholds ratio 2")).Text());
        Assert.StartsWith("\"speed\" is not a threshold", Assert.Single(await _playground.SayAsync("ana", "health thresholds speed 3")).Text());
        var changed = Assert.Single(await _playground.SayAsync("ana", "health thresholds ratio 40% grace 90")).Text();
        Assert.Contains("below 40% of their own baseline rate", changed);
        Assert.Contains("in their first 90 days", changed);
        Assert.Equal("Nobody's participation is fading.", Assert.Single(await _playground.SayAsync("dev", "health")).Text());
    }

    private async Task ChatAsync(string member, string text)
    {
        var response = await _app.Http().PostAsJsonAsync("/api/playground/messages",
            new { conversationId = "innovation-lab", userId = member, userName = char.ToUpperInvariant(member[0]) + member[1..], text, mentionsBot = false });
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray());
    }
}
