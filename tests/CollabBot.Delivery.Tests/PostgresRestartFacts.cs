using CollabBot.Delivery.Tests.Fakes;
using CollabBot.Delivery.Tests.Support;
using CollabBot.Testing;

namespace CollabBot.Delivery.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class PostgresRestartFacts
{
    [Fact]
    public async Task PostgreSQL_restarted_in_the_middle_of_a_fan_out_loses_and_repeats_nothing_and_leaves_nothing_claimed()
    {
        await using var server = await OwnPostgres.StartAsync();
        await using var slack = await FakeSlackApi.StartAsync();
        await using var teams = await FakeBotFramework.StartAsync();
        await using var host = new DeliveryHost(server.ConnectionString, slack, teams);
        _ = host.Services;
        var toChannels = Enumerable.Range(0, 40).Select(i => DeliveryHost.ToSlackChannel($"C0RESTART{i % 4}", $"r-{i}")).ToList();
        var toMembers = Enumerable.Range(0, 40).Select(i => DeliveryHost.ToTeamsMember($"29:restart-{i}", $"m-{i}")).ToList();

        await host.EnqueueAsync([.. toChannels, .. toMembers]);
        await Eventually.TrueAsync(() => slack.Posts.Count >= 8, TimeSpan.FromSeconds(30));

        // Ten messages a channel at one a second: the fan-out is mid-way when the database goes away for two seconds.
        Assert.InRange(slack.Posts.Count, 8, 39);
        await server.RestartAsync(TimeSpan.FromSeconds(2));
        await Delivered.SettleAsync(host, () => [.. slack.Posts.Select(p => p.Text), .. teams.Activities.Select(a => a.Text)],
            [.. toChannels.Select(m => m.Message.Text), .. toMembers.Select(m => m.Message.Text)], TimeSpan.FromSeconds(90));

        Delivered.ExactlyOnce([.. toChannels.Select(m => m.Message.Text)], slack.Posts.Select(p => p.Text));
        Delivered.ExactlyOnce([.. toMembers.Select(m => m.Message.Text)], teams.Activities.Select(a => a.Text));
        Assert.Equal((0, 80, 0, 0), await host.CountsAsync());
    }

    [Fact]
    public async Task A_message_whose_answer_arrives_during_an_outage_longer_than_its_lease_is_not_sent_again()
    {
        // Slack takes a message, but its answer reaches the host only once the database is gone. The "sent" waits for
        // the database; meanwhile the lease (five seconds, the least allowed) runs out and the row looks due again.
        // The round that sent it must not hand it over a second time when the database returns.
        await using var server = await OwnPostgres.StartAsync();
        await using var slack = await FakeSlackApi.StartAsync();
        await using var teams = await FakeBotFramework.StartAsync();
        await using var host = new DeliveryHost(server.ConnectionString, slack, teams, new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:05" });
        _ = host.Services;
        var toChannels = Enumerable.Range(0, 24).Select(i => DeliveryHost.ToSlackChannel($"C0LEASE{i % 3}", $"l-{i}")).ToList();

        await host.EnqueueAsync(toChannels);
        Assert.True(await PostsReachAsync(slack, 3), "the fan-out did not start");
        var answers = new TaskCompletionSource();
        slack.AnswersHeldUntil = answers.Task;
        var before = slack.Posts.Count;
        Assert.True(await PostsReachAsync(slack, before + 1), "no post arrived while answers were held");
        await server.RestartAsync(TimeSpan.FromSeconds(6), whileDown: () =>
        {
            slack.AnswersHeldUntil = null;
            answers.SetResult();
        });
        await Delivered.SettleAsync(host, () => [.. slack.Posts.Select(p => p.Text)], [.. toChannels.Select(m => m.Message.Text)], TimeSpan.FromSeconds(90));

        Delivered.ExactlyOnce([.. toChannels.Select(m => m.Message.Text)], slack.Posts.Select(p => p.Text));
        Assert.Equal((0, 24, 0, 0), await host.CountsAsync());
    }

    private static Task<bool> PostsReachAsync(FakeSlackApi slack, int count) => Eventually.TrueAsync(() => slack.Posts.Count >= count, TimeSpan.FromSeconds(30));
}
