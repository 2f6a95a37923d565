using CollabBot.Conversations.Messages;
using CollabBot.Delivery.Tests.Fakes;
using CollabBot.Testing.Fakes;

namespace CollabBot.Bench.Fanout;

/// <summary>One fan-out: what to enqueue, what the fakes must receive, and the least time the documented limits allow.</summary>
internal sealed record FanoutScenario(
    string Name,
    Func<IReadOnlyList<OutboxEntry>> Entries,
    Func<FakeSlackApi, FakeBotFramework, IReadOnlyList<(string Target, string Text, DateTimeOffset At)>> Received,
    Func<FakeSlackApi, FakeBotFramework, int> RateLimited,
    TimeSpan LowerBound)
{
    /// <summary>(a) 120 messages into 4 Slack channels: one a second per channel, so 29 s after the first of each.</summary>
    public static FanoutScenario SlackChannels(int count = 120, int channels = 4) => new(
        $"(a) {count} messages into {channels} Slack channels",
        () => [.. Enumerable.Range(0, count).Select(i => DeliveryHost.ToSlackChannel($"C0BENCH{i / (count / channels)}", $"a-{i}"))],
        (slack, _) => slack.Posts,
        (slack, _) => slack.RateLimited,
        FakeSlackLimits.ChannelWindow * (Math.Ceiling(count / (double)channels) - 1));

    /// <summary>(b) a check-in DM to each of 300 Slack members: conversations.open (50 a minute) then chat.postMessage.</summary>
    public static FanoutScenario SlackDirect(int members = 300) => new(
        $"(b) {members} check-in DMs to {members} Slack members",
        () => [.. Enumerable.Range(0, members).Select(i => DeliveryHost.ToSlackMember($"U{i:D5}", $"b-{i}"))],
        (slack, _) => slack.Posts,
        (slack, _) => slack.RateLimited,
        FakeSlackLimits.Tier3.Window * Math.Floor((members - 1) / (double)FakeSlackLimits.Tier3.Count));

    /// <summary>(c) a proactive 1:1 message to each of 300 Teams members: create conversation + send, 50 requests a second per app.</summary>
    public static FanoutScenario TeamsDirect(int members = 300) => new(
        $"(c) {members} proactive Teams 1:1 messages",
        () => [.. Enumerable.Range(0, members).Select(i => DeliveryHost.ToTeamsMember($"29:member-{i:D5}", $"c-{i}"))],
        (_, teams) => teams.Activities,
        (_, teams) => teams.RateLimited,
        FakeBotFramework.PerApp.Window * Math.Floor((2 * members - 1) / (double)FakeBotFramework.PerApp.Count));
}
