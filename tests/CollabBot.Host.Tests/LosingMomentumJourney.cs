using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Issue 6, point 7, over real HTTP on PostgreSQL with the virtual clock: eight weeks of a six-member collaboration
/// in Ideate with no citizen voice, in which two members fall silent after five weeks and the phase runs far past
/// its plan. The facilitator hears of the two members privately; the channel gets the urgency and sector-balance
/// interventions; every Friday the coordinators' channel gets a digest with a chart. No shared message names anyone
/// or carries an alert.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class LosingMomentumJourney() : PlaygroundScenario(DatabaseProvider.Postgres, "momentum")
{
    private static readonly string[] Team = ["ana", "ben", "chloe", "dev", "eli", "gus"];
    private static readonly string[] Names = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Gus"];

    [Fact]
    public async Task The_facilitator_hears_of_the_faders_the_channel_gets_interventions_and_the_coordinators_a_weekly_digest()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "challenge Cold homes in the east end");
        foreach (var (member, sector) in Team.Zip(["public", "business", "ngo", "knowledge", "public", "business"]))
        {
            await Playground.SayAsync(member, $"join as {sector}");
        }

        await Playground.SayAsync("ana", "role @Dev facilitator");
        Assert.Contains("to Ideate", (await Playground.SayAsync("ana", "phase next confirm"))[0]!.Text());
        await Playground.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var (_, start) = await Playground.OutboxAsync();

        for (var day = 0; day < 56; day++)
        {
            foreach (var member in Team.Where(m => day < 35 || m is not ("chloe" or "eli")))
            {
                await ChatAsync(member, $"day {day}: an idea from {member}");
            }

            await Playground.AdvanceAsync("P1D");
        }

        var all = (await Playground.OutboxAsync(start)).Messages.Select(m => m!).ToList();
        var alerts = all.Where(m => m.Text().Contains("participation in Warm Homes is fading", StringComparison.Ordinal)).ToList();
        Assert.All(alerts, a => Assert.Equal(("direct", "dev"), (a.Visibility(), a["recipientUserId"]!.GetValue<string>())));
        Assert.Equal(["Chloe", "Eli"], alerts.Select(a => a.Text().Split("'s participation")[0].Split(". ")[^1]).Distinct().Order());

        var channel = all.Where(m => m.Visibility() == "channel" && m["conversationId"]!.GetValue<string>() == "innovation-lab").Select(m => m.Text()).ToList();
        Assert.Contains(channel, t => t.Contains("past its plan", StringComparison.Ordinal) || t.Contains("window of opportunity", StringComparison.Ordinal) || t.Contains("over the time", StringComparison.Ordinal));
        Assert.Single(channel, t => t.StartsWith("No citizen or end-user voice yet in Ideate", StringComparison.Ordinal));

        var digests = all.Where(m => m["conversationId"]!.GetValue<string>() == "coordinators").ToList();
        Assert.Equal(8, digests.Count);
        foreach (var digest in digests)
        {
            Assert.Equal(("channel", "Weekly digest: Warm Homes."), (digest.Visibility(), digest.Text()));
            Assert.Contains("Warm Homes: decisions", digest.CardJson());
            Assert.Contains("Warm Homes: risks and obstacles", digest.CardJson());
            using var chart = await App.Http().GetAsync(digest!["card"]!["imageUrl"]!.GetValue<string>());
            Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await chart.Content.ReadAsByteArrayAsync())[..4]);
        }

        Assert.Contains("2 fading (facilitators were told privately)", digests[^1].CardJson());
        Assert.Contains("Ideate, day 5", digests[^1].CardJson()); // day 50-something of 21 planned

        // Privacy: nothing shared (the team channel, the coordinators' channel) names a member or carries an alert.
        var shared = all.Where(m => m.Visibility() == "channel").Select(m => m.Text() + m.CardJson()).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, text =>
        {
            Assert.DoesNotContain("Only you and the other facilitators", text, StringComparison.Ordinal);
            Assert.DoesNotContain("is fading", text, StringComparison.Ordinal);
            Assert.All(Names, name => Assert.DoesNotMatch($@"\b{name}\b", text));
        });
    }

    private async Task ChatAsync(string member, string text)
    {
        var response = await App.Http().PostAsJsonAsync("/api/playground/messages",
            new { conversationId = "innovation-lab", userId = member, userName = char.ToUpperInvariant(member[0]) + member[1..], text, mentionsBot = false });
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray());
    }
}
