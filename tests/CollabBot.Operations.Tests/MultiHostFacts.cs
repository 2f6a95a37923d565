using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Scheduling;
using CollabBot.Domain.Catalysts;
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
    private const int Fading = 4;
    private const string DigestChannel = "CDIGEST";
    private SlackRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackRig.StartAsync("multihost");

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Two_hosts_racing_for_the_same_occurrences_send_every_prompt_reminder_alert_intervention_and_digest_once()
    {
        var team = new CheckInTeam("CMULTI", Members);
        var setup = await _rig.StartHostAsync();
        await team.CreateAsync(setup.Http(), _rig);
        await SlackRig.CommandAsync(setup.Http(), team.Channel, team.Members[0], $"digest to #{DigestChannel} every monday 09:00");
        await CheckInTeam.WaitHandledAsync(_rig, Members + 4);
        await setup.StopAsync();
        var fading = team.Members.Skip(1).Take(Fading).ToList();
        await MakeScansDueAsync(fading);
        var collaboration = await CheckInTeam.TextAsync(_rig, "SELECT replace(\"CollaborationId\"::text, '-', '') FROM checkin_schedules");
        var digest = await CheckInTeam.TextAsync(_rig, "SELECT value FROM hangfire.set WHERE key = 'recurring-jobs' AND value LIKE 'digest:%'");

        // Both start together: each one's start-up catches up the missed occurrence.
        // Leases long enough that a slow claim on a busy machine does not expire while its batch is sent.
        var leases = new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:20" };
        var hosts = await Task.WhenAll(_rig.StartHostAsync(leases), _rig.StartHostAsync(leases));

        var bothServing = await Eventually.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM hangfire.server") == 2, TimeSpan.FromSeconds(30));
        Assert.True(bothServing, _rig.Output());

        // Then both hosts' workers run the same work many times at once: the check-in, then its reminders, the daily
        // scan (fade alerts, nudges, interventions), the phase overrun check and the digest.
        var jobs = HangfireClient();
        Enqueue(jobs, $"checkin:{collaboration}", "sends", 8);
        var opened = await Eventually.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_occurrences") > 0, TimeSpan.FromSeconds(30));
        Assert.True(opened, _rig.Output());
        // A check-in caught up late is reminded of a delay after it ran (here an hour): as if that hour had passed.
        await CheckInTeam.ExecuteAsync(_rig, "UPDATE checkin_occurrences SET \"RemindAt\" = now() - interval '1 minute'");
        Enqueue(jobs, CheckInReminders.WorkId, "sends", 8);
        Enqueue(jobs, DailyScan.WorkId, "scans", 8);
        Enqueue(jobs, PhaseOverrunCheck.WorkId, "scans", 4);
        Enqueue(jobs, digest, "sends", 8);

        // Each member: a prompt and a reminder; the fading ones a nudge too; the convener an alert per fading member.
        int Expected(string member) => 2 + (fading.Contains(member) ? 1 : 0) + (member == team.Members[0] ? Fading : 0);
        var everyoneReached = await Eventually.TrueAsync(
            () => team.Members.All(m => _rig.Posts(CheckInTeam.DirectChannel(m)).Count >= Expected(m)) && _rig.Posts(DigestChannel).Count > 0, TimeSpan.FromSeconds(60));
        Assert.True(everyoneReached, string.Join("\n", team.Members.Where(m => _rig.Posts(CheckInTeam.DirectChannel(m)).Count < Expected(m))
            .Select(m => $"{m} expected {Expected(m)}: {string.Join(" | ", Texts(CheckInTeam.DirectChannel(m)))}")) + "\n" + _rig.Output());
        var jobsDone = await Eventually.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig,
            "SELECT count(*) FROM hangfire.job WHERE statename NOT IN ('Succeeded', 'Failed')") == 0, TimeSpan.FromSeconds(60));
        var outboxDone = await Eventually.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig,
            "SELECT count(*) FROM outbox WHERE \"Status\" <> 1") == 0, TimeSpan.FromSeconds(30));

        Assert.True(jobsDone && outboxDone, _rig.Output());
        await Task.WhenAll(hosts.Select(_rig.RoundTripAsync));
        Assert.Equal(2, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM hangfire.server"));
        Assert.Equal(2, await CheckInTeam.ScalarAsync(_rig, "SELECT count(DISTINCT s.data::json->>'ServerId') FROM hangfire.state s JOIN hangfire.server v ON v.id = s.data::json->>'ServerId' WHERE s.name = 'Processing'"));
        Assert.Equal(0, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM hangfire.job WHERE statename = 'Failed'"));
        Assert.Equal(1, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_occurrences"));
        var doubled = team.Members.Where(m => _rig.Posts(CheckInTeam.DirectChannel(m)).Count != Expected(m)).ToList();
        foreach (var member in doubled)
        {
            var rows = await CheckInTeam.TextAsync(_rig, $"SELECT string_agg(concat_ws(' ', \"Id\", \"IdempotencyKey\", \"Attempts\", \"Status\", \"LastError\", \"SentAt\"), ' | ') FROM outbox WHERE \"RecipientUserId\" = '{member}'");
            var calls = string.Join(" | ", _rig.Slack.Calls.Where(c => c.Channel == CheckInTeam.DirectChannel(member) || c.Arguments["users"]?.ToString() == member).Select(c => $"{c.Method} {c.Status} {c.Error} {c.At:HH:mm:ss.fff}"));
            Assert.Fail($"{member}: outbox {rows}; calls {calls}");
        }

        foreach (var member in team.Members)
        {
            var texts = Texts(CheckInTeam.DirectChannel(member));
            Assert.Single(texts, t => t.StartsWith("Time for your check-in", StringComparison.Ordinal));
            Assert.Single(texts, t => t.StartsWith("A gentle reminder", StringComparison.Ordinal));
            Assert.Equal(fading.Contains(member) ? 1 : 0, texts.Count(t => t.StartsWith("We have missed you", StringComparison.Ordinal)));
        }

        // The fade alerts reach the convener once per fading member; each intervention and the digest reach their channel once.
        var alerts = Texts(CheckInTeam.DirectChannel(team.Members[0])).Where(t => t.Contains("participation in Warm Homes is fading", StringComparison.Ordinal)).ToList();
        Assert.Equal(Fading, alerts.Count);
        var names = await CheckInTeam.TextAsync(_rig, $"SELECT string_agg(\"DisplayName\", '\n') FROM members WHERE \"PlatformUserId\" IN ('{string.Join("', '", fading)}')");
        Assert.All(names.Split('\n'), name => Assert.Single(alerts, a => a.Contains($"{name}'s participation", StringComparison.Ordinal)));
        var interventions = await CheckInTeam.TextAsync(_rig, "SELECT string_agg(\"Message\", '\n') FROM interventions");
        Assert.Contains(CatalystMessages.For(CatalystRule.Urgency, DateTimeOffset.UtcNow), interventions, StringComparison.Ordinal);
        Assert.All(interventions.Split('\n'), message => Assert.Single(Texts(team.Channel), t => t == message));
        Assert.Single(Texts(DigestChannel), t => t.StartsWith("Weekly digest", StringComparison.Ordinal));
        Assert.Equal(1, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM outbox WHERE \"IdempotencyKey\" LIKE 'digest:%'"));

        // Every outbox row was handed to Slack once: as many successful posts as rows sent, and no row twice.
        var posted = _rig.Slack.Calls.Count(c => c.Succeeded && c.Method is "chat.postMessage" or "chat.postEphemeral" or "chat.update");
        Assert.Equal(await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM outbox"), posted);
        var prompted = _rig.Output().Split('\n').Count(l => l.Contains("members prompted", StringComparison.Ordinal));
        Assert.Equal(1, prompted);
        Assert.All(hosts, h => Assert.False(h.HasExited));
    }

    /// <summary>
    /// Makes the daily scan and the digest owe something: the team started two months ago and the rest of it takes part
    /// every day (so the team as a whole is not quiet, which would make it one note about the team instead of alerts);
    /// <paramref name="fading"/> joined two months ago and took part every day until three weeks ago (a sharp change:
    /// regular contributors silent for weeks), and the phase has overrun its plan by months. The daily totals are dropped
    /// so the scan sums the backdated signals again.
    /// </summary>
    private async Task MakeScansDueAsync(IReadOnlyList<string> fading) => await CheckInTeam.ExecuteAsync(_rig, $"""
        UPDATE members SET "JoinedAt" = now() - interval '60 days' WHERE "PlatformUserId" IN ('{string.Join("', '", fading)}');
        INSERT INTO participation_signals ("CollaborationId", "MemberId", "Kind", "At", "Day")
        SELECT m."CollaborationId", m."Id", 0, now() - d * interval '1 day', date_trunc('day', now() - d * interval '1 day', 'UTC')
        FROM members m CROSS JOIN generate_series(21, 50) AS d WHERE m."PlatformUserId" IN ('{string.Join("', '", fading)}');
        INSERT INTO participation_signals ("CollaborationId", "MemberId", "Kind", "At", "Day")
        SELECT m."CollaborationId", m."Id", 0, now() - d * interval '1 day' - interval '1 hour', date_trunc('day', now() - d * interval '1 day' - interval '1 hour', 'UTC')
        FROM members m CROSS JOIN generate_series(0, 50) AS d WHERE m."PlatformUserId" NOT IN ('{string.Join("', '", fading)}');
        DELETE FROM participation_days;
        UPDATE collaborations SET "PhaseStartedAt" = now() - interval '200 days', "CreatedAt" = now() - interval '60 days';
        """);

    private List<string> Texts(string channel) => [.. _rig.Posts(channel).Select(p => p.Arguments["text"]!.GetValue<string>())];

    /// <summary>
    /// Enqueues as the hosts do: with long polling, so each enqueue NOTIFYs and wakes both hosts' idle workers. Without
    /// it the jobs wait for a worker's next look, and the first host to look can take them all.
    /// </summary>
    private BackgroundJobClient HangfireClient()
    {
        var storage = new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(_rig.Database, new PostgreSqlStorageOptions { SchemaName = "hangfire" }),
            new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false, EnableLongPolling = true });
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
