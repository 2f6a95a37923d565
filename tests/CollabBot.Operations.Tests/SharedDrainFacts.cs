using System.Globalization;
using System.Text.RegularExpressions;
using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;

namespace CollabBot.Operations.Tests;

/// <summary>
/// Two real host processes on one PostgreSQL share the inbox: a backlog neither host's own request woke is claimed by
/// both, each turn handled once.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class SharedDrainFacts : IAsyncLifetime
{
    private const int Backlog = 3000;
    private SlackRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackRig.StartAsync("shareddrain");

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Both_hosts_drain_a_shared_backlog_and_each_turn_is_handled_once()
    {
        var hosts = await Task.WhenAll(_rig.StartHostAsync(), _rig.StartHostAsync());
        using (var accepted = await hosts[0].Http().SendAsync(SlackWire.Event(SlackRig.Secret, SlackWire.Mention("CDRAIN", "U00001", "help", "EvDRAIN1"))))
        {
            Assert.True(accepted.IsSuccessStatusCode);
        }

        await CheckInTeam.WaitHandledAsync(_rig, 1);
        var before = await Task.WhenAll(hosts.Select(TurnsHandledAsync));

        // Copies of that accepted turn, each with a key of its own, from as many people over 100 channels, stored as a burst another host accepted would be.
        await CheckInTeam.ExecuteAsync(_rig, $"""
            INSERT INTO inbox ("DedupKey", "TurnJson", "AcceptedAt")
            SELECT i."DedupKey" || ':copy' || n,
                   replace(replace(replace(i."TurnJson", '"dedupKey":"' || i."DedupKey" || '"', '"dedupKey":"' || i."DedupKey" || ':copy' || n || '"'), '"CDRAIN"', '"CDRAIN' || (n % 100) || '"'), '"U00001"', '"UD' || n || '"'),
                   now()
            FROM inbox i, generate_series(1, {Backlog}) AS n
            """);

        await CheckInTeam.WaitHandledAsync(_rig, Backlog + 1);
        var after = await Task.WhenAll(hosts.Select(TurnsHandledAsync));
        var share = after.Zip(before, (a, b) => a - b).ToList();

        Assert.All(share, handled => Assert.True(handled > 0, $"each host handles part of the backlog: {string.Join(" and ", share)}"));
        // A claim that outlives its lease (5 s in this rig, on a busy machine) can be run again by the other host; that
        // run finds the turn handled and changes nothing, so what counts is that each turn is completed and its replies are written once.
        Assert.True(share.Sum() >= Backlog, $"handled {string.Join(" + ", share)}");
        Assert.Equal(Backlog + 1, await CheckInTeam.ScalarAsync(_rig, "SELECT count(DISTINCT \"DedupKey\") FROM inbox WHERE \"CompletedAt\" IS NOT NULL"));
        var replies = await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM outbox WHERE \"IdempotencyKey\" LIKE 'turn:%'");
        Assert.Equal(0, replies % (Backlog + 1));
        Assert.Equal(0, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM (SELECT \"IdempotencyKey\" FROM outbox GROUP BY 1 HAVING count(*) > 1) d"));
    }

    private static async Task<long> TurnsHandledAsync(HostProcess host)
    {
        var metrics = await host.Http().GetStringAsync("/metrics");
        return TurnsLine().Matches(metrics).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("""(?m)^collabbot_turns_total\{[^}]*repeat="(?i:false)"[^}]*\} (\d+)""")]
    private static partial Regex TurnsLine();
}
