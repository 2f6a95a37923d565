using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CollabBot.Conversations;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class OperationsFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "ops");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Health_and_readiness_answer_and_the_dashboard_is_open_on_loopback_in_Development()
    {
        await using var app = new CollabBotApp(_database);
        var http = app.Http();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var ready = await http.GetAsync("/readyz");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/hangfire")).StatusCode);
        Assert.Contains("phase-overrun-check", await (await http.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_Production_the_Playground_is_off_and_the_dashboard_needs_the_operator_credential()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scheduling:DashboardUser"] = "operator",
            ["Scheduling:DashboardPassword"] = "test-only-password",
        };
        await using var app = new CollabBotApp(_database, "Production", settings);
        var http = app.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/playground")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/playground/messages", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);

        var anonymous = await http.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = Basic("operator", "guess") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = Basic("operator", "test-only-password") } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task In_Production_even_the_operator_cannot_trigger_or_remove_a_recurring_job_from_the_dashboard()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scheduling:DashboardUser"] = "operator",
            ["Scheduling:DashboardPassword"] = "test-only-password",
        };
        await using var app = new CollabBotApp(_database, "Production", settings);
        var http = app.Http();
        var page = await http.SendAsync(Operator(HttpMethod.Get, "/hangfire/recurring"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var antiforgery = Regex.Match(await page.Content.ReadAsStringAsync(), "data-antiforgery-header=\"([^\"]+)\"\\s+data-antiforgery-token=\"([^\"]+)\"");

        foreach (var command in new[] { "/hangfire/recurring/trigger", "/hangfire/recurring/remove" })
        {
            var post = Operator(HttpMethod.Post, command);
            post.Content = new FormUrlEncodedContent([new("jobs[]", DailyScan.WorkId)]);
            if (antiforgery.Success)
            {
                post.Headers.Add(antiforgery.Groups[1].Value, WebUtility.HtmlDecode(antiforgery.Groups[2].Value));
            }

            var answer = await http.SendAsync(post);
            Assert.False(answer.IsSuccessStatusCode, $"{command} answered {(int)answer.StatusCode}");
        }

        // The dashboard runs a command within its request, so the refusals above are final: nothing can be triggered or removed later.
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var dailyScan = Assert.Single(connection.GetRecurringJobs([DailyScan.WorkId]));
        Assert.False(dailyScan.Removed);
        Assert.Null(dailyScan.LastJobId);
    }

    [Fact]
    public async Task Recurring_sends_go_to_the_sends_queue_and_the_daily_scan_to_the_scans_queue()
    {
        await using var app = new CollabBotApp(_database);
        var engine = app.Services.GetRequiredService<ConversationEngine>();
        foreach (var text in new[] { "start Warm Homes", "checkin every monday 09:00", "digest to #coordinators every friday 15:00" })
        {
            await engine.HandleAsync(SlackTurn(text), default);
        }

        // The Playground keeps a time of its own: its collaborations' jobs are never Hangfire's.
        var playground = new PlaygroundClient(app.Http());
        await playground.SayAsync("ana", "start Cold Homes");
        await playground.SayAsync("ana", "checkin every tuesday 10:00");
        await playground.SayAsync("ana", "digest to #other every thursday 11:00");

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        // Hangfire 1.8 keeps the queue given to AddOrUpdate on the job itself; the recurring job's own field stays "default".
        var queues = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Job?.Queue ?? j.Queue);

        Assert.Equal("sends", Assert.Single(queues, q => q.Key.StartsWith(CheckInRound.Prefix, StringComparison.Ordinal)).Value);
        Assert.Equal("sends", Assert.Single(queues, q => q.Key.StartsWith(DigestRound.Prefix, StringComparison.Ordinal)).Value);
        Assert.Equal("sends", queues[CheckInReminders.WorkId]);
        Assert.Equal("scans", queues[DailyScan.WorkId]);
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        Assert.True(await Eventually.TrueAsync(() => monitoring.Servers().Count > 0, TimeSpan.FromSeconds(10)), "no Hangfire server announced itself");
        Assert.Equal(["sends", "scans", "default"], Assert.Single(monitoring.Servers()).Queues);
    }

    [Fact]
    public async Task In_Production_without_a_credential_the_dashboard_stays_closed()
    {
        await using var app = new CollabBotApp(_database, "Production");

        var response = await app.Http().GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static HttpRequestMessage Operator(HttpMethod method, string path) =>
        new(method, path) { Headers = { Authorization = Basic("operator", "test-only-password") } };

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static InboundTurn SlackTurn(string text) => new()
    {
        Where = new ConversationAddress(Platform.Slack, "T0OPS", "C0OPS"),
        Who = new MemberRef("U0ANA", "Ana"),
        Kind = TurnKind.Command,
        Text = text,
        DedupKey = $"ops-test:{Guid.NewGuid():N}",
    };
}
