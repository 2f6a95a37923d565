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
public sealed class ParticipationJourney() : PlaygroundScenario(DatabaseProvider.Sqlite, "fading")
{
    private static readonly string[] Team = ["ana", "ben", "chloe", "dev", "eli", "gus"];

    [Fact]
    public async Task Two_members_fade_and_only_the_facilitator_hears_of_it()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        foreach (var (member, sector) in Team.Zip(["public", "business", "ngo", "knowledge", "public", "business"]))
        {
            await Playground.SayAsync(member, $"join as {sector}");
        }

        await Playground.SayAsync("ana", "role @Dev facilitator");
        await Playground.SayAsync("chloe", "nudges off");
        var (_, start) = await Playground.OutboxAsync();

        for (var day = 0; day < 56; day++)
        {
            foreach (var member in Team.Where(m => day < 35 || m is not ("chloe" or "eli")))
            {
                await ChatAsync(member, $"day {day}: notes from {member}");
            }

            await Playground.AdvanceAsync("P1D");
        }

        var all = (await Playground.OutboxAsync(start)).Messages.Select(m => m!).ToList();
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

        var refused = Assert.Single(await Playground.SayAsync("ben", "health"));
        Assert.StartsWith("Participation health is for the team's facilitators and conveners.", refused.Text());
        var health = Assert.Single(await Playground.SayAsync("dev", "health"));
        Assert.Equal(("onlyUser", "Fading: Chloe, Eli."), (health.Visibility(), health.Text()));

        // The thresholds are the team's: the facilitator reads them, the convener changes them, bad values are named.
        Assert.StartsWith("A member fades below 30% of their own baseline rate", Assert.Single(await Playground.SayAsync("dev", "health thresholds")).Text());
        Assert.StartsWith("Only a convener can change the fade thresholds", Assert.Single(await Playground.SayAsync("dev", "health thresholds grace 90")).Text());
        Assert.StartsWith("\"lots\" is not a valid ratio", Assert.Single(await Playground.SayAsync("ana", "health thresholds ratio lots")).Text());
        Assert.Contains("between 0.05 and 0.95", Assert.Single(await Playground.SayAsync("ana", "health thresholds ratio 2")).Text());
        Assert.StartsWith("\"speed\" is not a threshold", Assert.Single(await Playground.SayAsync("ana", "health thresholds speed 3")).Text());
        var changed = Assert.Single(await Playground.SayAsync("ana", "health thresholds ratio 40% grace 90")).Text();
        Assert.Contains("below 40% of their own baseline rate", changed);
        Assert.Contains("in their first 90 days", changed);
        Assert.Equal("Nobody's participation is fading.", Assert.Single(await Playground.SayAsync("dev", "health")).Text());
    }

    private async Task ChatAsync(string member, string text)
    {
        var response = await App.Http().PostAsJsonAsync("/api/playground/messages",
            new { conversationId = "innovation-lab", userId = member, userName = char.ToUpperInvariant(member[0]) + member[1..], text, mentionsBot = false });
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray());
    }
}
