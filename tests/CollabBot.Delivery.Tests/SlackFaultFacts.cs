using CollabBot.Delivery.Tests.Fakes;
using CollabBot.Delivery.Tests.Support;
using CollabBot.Testing;

namespace CollabBot.Delivery.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class SlackFaultFacts
{
    [Fact]
    public async Task After_500s_and_timeouts_every_message_arrives_once_and_archived_or_missing_channels_are_parked_with_the_reason()
    {
        var postgres = await PostgresServer.CreateDatabaseAsync("slackfault");
        try
        {
            await using var slack = await FakeSlackApi.StartAsync();
            await using var teams = await FakeBotFramework.StartAsync();
            slack.FailChannel("C0ARCHIVED", "is_archived");
            slack.FailChannel("C0GONE", "channel_not_found");
            await using var host = new DeliveryHost(postgres, slack, teams);
            _ = host.Services;
            var now = DateTimeOffset.UtcNow;
            slack.Faults = [new FakeFault(500, now.AddSeconds(2)), new FakeFault(0, now.AddSeconds(4), Hang: true)];
            var channelPosts = Enumerable.Range(0, 20).Select(i => DeliveryHost.ToSlackChannel($"C0FAULT{i % 4}", $"s-{i}")).ToList();
            var directPosts = Enumerable.Range(0, 10).Select(i => DeliveryHost.ToSlackMember($"U0FAULT{i}", $"d-{i}")).ToList();
            var expected = channelPosts.Concat(directPosts).Select(e => e.Message.Text).ToList();

            await host.EnqueueAsync([.. channelPosts, .. directPosts,
                DeliveryHost.ToSlackChannel("C0ARCHIVED", "to an archived channel"), DeliveryHost.ToSlackChannel("C0GONE", "to a deleted channel")]);
            await Delivered.SettleAsync(host, () => [.. slack.Posts.Select(p => p.Text)], expected, TimeSpan.FromSeconds(90));

            Assert.True(slack.Faulted > 0, "the fault was never hit");
            Delivered.ExactlyOnce(expected, slack.Posts.Select(p => p.Text));
            Assert.Equal((0, 30, 2, 0), await host.CountsAsync());
            var parked = await host.ParkedAsync();
            Assert.Equal(["channel_not_found", "is_archived"], parked.Select(p => p.Reason).Order());
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(postgres);
        }
    }
}
