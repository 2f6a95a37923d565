using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Workspaces;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>A Production host with Slack, Teams and the Playground all on (issue 22, item 2).</summary>
public sealed class EveryChannelFixture : TeamsFixture
{
    public const string SlackSecret = "isolation-test-signing-secret";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Playground:Enabled"] = "true",
        ["Slack:SigningSecret"] = SlackSecret,
    };
}

/// <summary>
/// The Playground's clock is the Playground's alone: however far it is moved, Slack signatures and Teams tokens are read
/// against real time, and the jobs it runs on the way are those of Playground collaborations only.
/// </summary>
public sealed class PlaygroundClockIsolationTests(EveryChannelFixture fixture) : IClassFixture<EveryChannelFixture>
{
    [Fact]
    public async Task After_a_long_advance_Slack_and_Teams_requests_are_accepted_and_no_Slack_job_ran()
    {
        var http = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await SlackCommandAsync(http, "start Warm Homes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SlackCommandAsync(http, "checkin every monday 09:00")).StatusCode);
        var slackSchedule = await WaitForSlackScheduleAsync();
        await PlaygroundAsync(http, "start Cold Homes");
        await PlaygroundAsync(http, "checkin every monday 09:00");

        var started = await http.PostAsJsonAsync("/api/playground/clock", new { advance = "P30D" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.True(await Eventually.TrueAsync(async () => (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["advancing"] is null, TimeSpan.FromMinutes(2)),
            "the advance did not finish within 2 minutes");
        var now = (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["now"]!.GetValue<DateTimeOffset>();
        Assert.True(now > DateTimeOffset.UtcNow.AddDays(29), $"the Playground clock stands at {now:u}");

        Assert.Equal(HttpStatusCode.OK, (await SlackCommandAsync(http, "status")).StatusCode);
        var activity = fixture.Activity("message-personal.json", out _);
        activity["text"] = "help";
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);

        await using var db = fixture.Host.Service<CollabDbContextFactory>().Create();
        var occurrences = await db.Set<CheckInOccurrence>().ToListAsync();
        Assert.DoesNotContain(occurrences, o => o.CollaborationId == slackSchedule.CollaborationId);
        Assert.True(occurrences.Count >= 4, $"the Playground's own check-ins ran {occurrences.Count} times in 30 days");
        var after = await db.Set<CheckInSchedule>().AsNoTracking().SingleAsync(s => s.CollaborationId == slackSchedule.CollaborationId);
        Assert.Equal(slackSchedule.LastRunOccurrence, after.LastRunOccurrence);
        Assert.False(await db.Outbox.AnyAsync(o => o.IdempotencyKey.StartsWith($"checkin-prompt:{slackSchedule.CollaborationId:N}")));
    }

    [Fact]
    public async Task A_week_is_answered_when_its_jobs_have_run_and_a_second_move_meanwhile_is_refused_with_409()
    {
        var http = fixture.Host.CreateClient();
        var before = (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["now"]!.GetValue<DateTimeOffset>();

        var long_ = await http.PostAsJsonAsync("/api/playground/clock", new { advance = "P60D" });
        var meanwhile = await http.PostAsJsonAsync("/api/playground/clock", new { advance = "P1D" });
        Assert.True(await Eventually.TrueAsync(async () => (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["advancing"] is null, TimeSpan.FromMinutes(2)));
        var week = await http.PostAsJsonAsync("/api/playground/clock", new { advance = "P7D" });

        Assert.Equal(HttpStatusCode.Accepted, long_.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, meanwhile.StatusCode);
        Assert.Contains("already moving", await meanwhile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, week.StatusCode);
        var answer = (await week.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(answer["now"]!.GetValue<DateTimeOffset>() >= before.AddDays(67));
        Assert.True(answer["jobRuns"]!.GetValue<int>() > 0);
    }

    private async Task<CheckInSchedule> WaitForSlackScheduleAsync()
    {
        CheckInSchedule? schedule = null;
        var found = await Eventually.TrueAsync(async () =>
        {
            await using var db = fixture.Host.Service<CollabDbContextFactory>().Create();
            var slack = db.Set<Workspace>().Where(w => w.Platform == Domain.Platform.Slack).Select(w => w.Id);
            var ids = db.Collaborations.Where(c => slack.Contains(c.WorkspaceId)).Select(c => c.Id);
            schedule = await db.Set<CheckInSchedule>().AsNoTracking().FirstOrDefaultAsync(s => ids.Contains(s.CollaborationId));
            return schedule is not null;
        }, TimeSpan.FromSeconds(20));
        Assert.True(found, "the Slack collaboration's check-in schedule was not stored");
        return schedule!;
    }

    private static async Task PlaygroundAsync(HttpClient http, string text)
    {
        var response = await http.PostAsJsonAsync("/api/playground/messages", new { conversationId = "isolation", userId = "ana", userName = "Ana", text });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A /collab command signed as Slack signs it, stamped with the real time.</summary>
    private static async Task<HttpResponseMessage> SlackCommandAsync(HttpClient http, string text)
    {
        var body = await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["team_id"] = "T0ISOLATION",
            ["channel_id"] = "C0ISOLATION",
            ["user_id"] = "U0CONVENER",
            ["user_name"] = "ana",
            ["command"] = "/collab",
            ["text"] = text,
            ["trigger_id"] = $"trigger.{Guid.NewGuid():N}",
            ["response_url"] = "https://hooks.slack.com/commands/T0ISOLATION/1/abc",
        }).ReadAsStringAsync();
        return await http.SendAsync(SlackRequestSigner.SignedForm("/api/slack/commands", body, EveryChannelFixture.SlackSecret, DateTimeOffset.UtcNow));
    }
}
