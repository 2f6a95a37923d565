using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Scheduling;
using CollabBot.Testing;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.States;

namespace CollabBot.Operations.Tests;

/// <summary>
/// Two real host processes on one PostgreSQL (domain and Hangfire): both catch up the same missed check-in at
/// start-up, and both hosts' Hangfire workers run the same recurring work again and again at once. Every occurrence
/// must run once and every outbox message must reach the fake Slack exactly once.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MultiHostFacts : IAsyncLifetime
{
    private const int Members = 40;
    private SlackRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackRig.StartAsync("multihost");

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Two_hosts_racing_for_the_same_occurrences_send_every_prompt_and_reminder_once()
    {
        var team = new CheckInTeam("CMULTI", Members);
        var setup = await _rig.StartHostAsync();
        await team.CreateAsync(setup.Http(), _rig);
        await setup.StopAsync();
        var collaboration = await CheckInTeam.TextAsync(_rig, "SELECT replace(\"CollaborationId\"::text, '-', '') FROM checkin_schedules");

        // Both start together: each one's start-up catches up the missed occurrence.
        // Leases long enough that a slow claim on a busy machine does not expire while its batch is sent.
        var leases = new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:20" };
        var hosts = await Task.WhenAll(_rig.StartHostAsync(leases), _rig.StartHostAsync(leases));

        var bothServing = await Polling.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM hangfire.server") == 2, TimeSpan.FromSeconds(30));
        Assert.True(bothServing, _rig.Output());

        // Then both hosts' workers run the same work many times at once: the check-in, then its reminders, and the scans.
        var jobs = HangfireClient();
        Enqueue(jobs, $"checkin:{collaboration}", "sends", 8);
        var opened = await Polling.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_occurrences") > 0, TimeSpan.FromSeconds(30));
        Assert.True(opened, _rig.Output());
        Enqueue(jobs, CheckInReminders.WorkId, "sends", 8);
        Enqueue(jobs, DailyScan.WorkId, "scans", 8);
        Enqueue(jobs, PhaseOverrunCheck.WorkId, "scans", 4);

        var everyoneReminded = await Polling.TrueAsync(
            () => team.Members.All(m => _rig.Posts(CheckInTeam.DirectChannel(m)).Count >= 2), TimeSpan.FromSeconds(60));
        Assert.True(everyoneReminded, _rig.Output());
        var jobsDone = await Polling.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig,
            "SELECT count(*) FROM hangfire.job WHERE statename NOT IN ('Succeeded', 'Failed')") == 0, TimeSpan.FromSeconds(60));
        var outboxDone = await Polling.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig,
            "SELECT count(*) FROM outbox WHERE \"Status\" <> 1") == 0, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(jobsDone && outboxDone, _rig.Output());
        Assert.Equal(2, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM hangfire.server"));
        Assert.Equal(2, await CheckInTeam.ScalarAsync(_rig, "SELECT count(DISTINCT s.data::json->>'ServerId') FROM hangfire.state s JOIN hangfire.server v ON v.id = s.data::json->>'ServerId' WHERE s.name = 'Processing'"));
        Assert.Equal(0, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM hangfire.job WHERE statename = 'Failed'"));
        Assert.Equal(1, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_occurrences"));
        var doubled = team.Members.Where(m => _rig.Posts(CheckInTeam.DirectChannel(m)).Count != 2).ToList();
        foreach (var member in doubled)
        {
            var rows = await CheckInTeam.TextAsync(_rig, $"SELECT string_agg(concat_ws(' ', \"Id\", \"IdempotencyKey\", \"Attempts\", \"Status\", \"LastError\", \"SentAt\"), ' | ') FROM outbox WHERE \"RecipientUserId\" = '{member}'");
            var calls = string.Join(" | ", _rig.Slack.Calls.Where(c => c.Channel == CheckInTeam.DirectChannel(member) || c.Arguments["users"]?.ToString() == member).Select(c => $"{c.Method} {c.Status} {c.Error} {c.At:HH:mm:ss.fff}"));
            Assert.Fail($"{member}: outbox {rows}; calls {calls}");
        }

        foreach (var member in team.Members)
        {
            var texts = _rig.Posts(CheckInTeam.DirectChannel(member)).Select(p => p.Arguments["text"]!.GetValue<string>()).ToList();
            Assert.Single(texts, t => t.StartsWith("Time for your check-in", StringComparison.Ordinal));
            Assert.Single(texts, t => t.StartsWith("A gentle reminder", StringComparison.Ordinal));
            Assert.Equal(2, texts.Count);
        }

        // Every outbox row was handed to Slack once: as many successful posts as rows sent, and no row twice.
        var posted = _rig.Slack.Calls.Count(c => c.Succeeded && c.Method is "chat.postMessage" or "chat.postEphemeral" or "chat.update");
        Assert.Equal(await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM outbox"), posted);
        var prompted = _rig.Output().Split('\n').Count(l => l.Contains("members prompted", StringComparison.Ordinal));
        Assert.Equal(1, prompted);
        Assert.All(hosts, h => Assert.False(h.HasExited));
    }

    private BackgroundJobClient HangfireClient()
    {
        var storage = new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(_rig.Database, new PostgreSqlStorageOptions { SchemaName = "hangfire" }),
            new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false });
        GlobalConfiguration.Configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        return new BackgroundJobClient(storage);
    }

    private static void Enqueue(BackgroundJobClient jobs, string workId, string queue, int times)
    {
        for (var i = 0; i < times; i++)
        {
            jobs.Create<RecurringWorkJob>(job => job.RunAsync(workId, CancellationToken.None), new EnqueuedState(queue));
        }
    }
}
