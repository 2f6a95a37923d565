using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class DigestFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "digest")
{
    [Fact]
    public async Task A_coordinators_channel_gets_one_weekly_digest_for_all_its_collaborations_with_a_chart()
    {
        var homes = In("warm-homes");
        var mobility = In("mobility");
        await homes.SayAsync("ana", "start Warm Homes");
        await homes.SayAsync("ana", "win the tenants' survey is out");
        await mobility.SayAsync("ben", "start Safe Streets");
        Assert.Equal("Only conveners and coordinators set up the digest.", (await mobility.SayAsync("chloe", "digest to #coordinators every friday 15:00"))[0]!.Text());
        Assert.StartsWith("Write it as `digest to #coordinators every friday 15:00`", (await homes.SayAsync("ana", "digest to #coordinators sometimes"))[0]!.Text());
        await homes.SayAsync("ana", "digest to #coordinators every friday 15:00");
        await mobility.SayAsync("ben", "digest to #coordinators every friday 15:00");
        var (_, cursor) = await homes.OutboxAsync();

        await homes.AdvanceAsync("P14D");

        var digests = (await homes.OutboxAsync(cursor)).Messages.Where(m => m!["conversationId"]!.GetValue<string>() == "coordinators").ToList();
        Assert.Equal(2, digests.Count);
        Assert.All(digests, d => Assert.Equal("Weekly digest: Safe Streets, Warm Homes.", d.Text()));
        var card = digests[0].CardJson();
        Assert.Contains("Warm Homes: phase", card);
        Assert.Contains("Safe Streets: next check-in", card);
        Assert.DoesNotContain("Ana", card);

        var chart = await App.Http().GetAsync(digests[0]!["card"]!["imageUrl"]!.GetValue<string>());
        var png = await chart.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await App.Http().GetAsync("/images/not-a-signed-token")).StatusCode);
    }

    [Fact]
    public async Task Digest_now_sends_one_at_once_and_off_stops_them()
    {
        var homes = In("warm-homes");
        await homes.SayAsync("ana", "start Warm Homes");
        await homes.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var replies = await homes.SayAsync("ana", "digest now");

        Assert.Contains(replies, r => r!["conversationId"]!.GetValue<string>() == "coordinators" && r.Text() == "Weekly digest: Warm Homes.");
        await homes.SayAsync("ana", "digest off");
        var (_, cursor) = await homes.OutboxAsync();
        await homes.AdvanceAsync("P8D");
        Assert.DoesNotContain((await homes.OutboxAsync(cursor)).Messages, m => m!["conversationId"]!.GetValue<string>() == "coordinators");
    }

    [Fact]
    public async Task A_private_digest_to_a_facilitator_names_people_while_the_coordinators_channel_gets_counts()
    {
        var homes = In("warm-homes");
        await homes.SayAsync("ana", "start Warm Homes");
        await homes.SayAsync("ana", "join as public");
        await homes.SayAsync("ben", "join as business");
        await homes.SayAsync("ana", "role @Ana convener,facilitator");
        await homes.SayAsync("ana", "propose We pilot heat pumps in Block C closes 2d");
        await homes.SayAsync("ana", "vote 1 agree");
        await homes.SayAsync("ben", "vote 1 reservations only if the tenants agree");
        await homes.SayAsync("ana", "risk tenants fear rent rises");
        await homes.AdvanceAsync("P3D");

        await homes.SayAsync("ana", "digest to me every friday 15:00");
        var mine = Assert.Single(await homes.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Equal(("direct", "ana"), (mine.Visibility(), mine!["recipientUserId"]!.GetValue<string>()));
        Assert.Contains("open reservations: Ben on 1", mine.CardJson());
        Assert.Contains("1 open risks (1. tenants fear rent rises, no owner)", mine.CardJson());
        Assert.Contains("nobody holds: catalyst", mine.CardJson());

        await homes.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var shared = Assert.Single(await homes.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Equal("channel", shared.Visibility());
        Assert.Contains("1 open reservations on 1", shared.CardJson());
        Assert.Contains("taken: 1. We pilot heat pumps in Block C", shared.CardJson());
        Assert.DoesNotContain("Ben", shared.CardJson());
        Assert.DoesNotContain("Ana", shared.CardJson());
    }
}
