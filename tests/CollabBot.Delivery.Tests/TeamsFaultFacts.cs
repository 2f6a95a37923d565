using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollabBot.Delivery.Tests.Fakes;
using CollabBot.Delivery.Tests.Support;
using CollabBot.Testing;

namespace CollabBot.Delivery.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class TeamsFaultFacts
{
    [Fact]
    public async Task After_502s_then_429s_every_member_gets_the_message_once_throttles_spend_no_attempts_and_a_blocking_member_is_parked()
    {
        var postgres = await PostgresServer.CreateDatabaseAsync("teamsfault");
        try
        {
            await using var slack = await FakeSlackApi.StartAsync();
            await using var teams = await FakeBotFramework.StartAsync();
            teams.Block("29:blocked-member");
            // Five 429 answers in a row would park every message if throttles counted as attempts.
            await using var host = new DeliveryHost(postgres, slack, teams, new Dictionary<string, string?>
            {
                ["Outbox:MaxAttempts"] = "4",
                ["Scheduling:DashboardUser"] = "operator",
                ["Scheduling:DashboardPassword"] = "test-only-password",
            });
            _ = host.Services;
            var now = DateTimeOffset.UtcNow;
            teams.Faults = [new FakeFault(502, now.AddSeconds(1.5), AtLeast: 5), new FakeFault(429, now.AddSeconds(7), RetryAfterSeconds: 1, AtLeast: 5)];
            var messages = Enumerable.Range(0, 30).Select(i => DeliveryHost.ToTeamsMember($"29:member-{i}", $"t-{i}")).ToList();
            var expected = messages.Select(m => m.Message.Text).ToList();

            await host.EnqueueAsync([.. messages, DeliveryHost.ToTeamsMember("29:blocked-member", "to someone who blocked the bot")]);
            await Delivered.SettleAsync(host, () => [.. teams.Activities.Select(a => a.Text)], expected, TimeSpan.FromSeconds(90));

            Assert.True(teams.Faulted > 30, $"the faults were hit {teams.Faulted} times");
            Delivered.ExactlyOnce(expected, teams.Activities.Select(a => a.Text));
            Assert.Equal((0, 30, 1, 0), await host.CountsAsync());
            var parked = Assert.Single(await host.ParkedAsync());
            Assert.Equal(("29:blocked-member", "Bot Connector answered 403 ConversationBlockedByUser"), (parked.Recipient, parked.Reason));

            // Operators see it at /ops/outbox/parked, behind the dashboard's credential.
            var http = host.CreateClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/ops/outbox/parked")).StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/outbox/parked");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("operator:test-only-password"u8.ToArray()));
            var listed = JsonNode.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync())!.AsArray();
            Assert.Equal(("Teams", "29:blocked-member", "Bot Connector answered 403 ConversationBlockedByUser"),
                ((string?)listed.Single()!["platform"], (string?)listed.Single()!["recipient"], (string?)listed.Single()!["reason"]));

            // And they count it at /metrics: every outcome of a delivery attempt, by platform.
            var metrics = await http.GetStringAsync("/metrics");
            Assert.Equal(30, Deliveries(metrics, "sent"));
            Assert.Equal(1, Deliveries(metrics, "parked"));
            Assert.True(Deliveries(metrics, "retried") > 0, metrics);
            Assert.True(Deliveries(metrics, "throttled") > 0, metrics);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(postgres);
        }
    }

    private static long Deliveries(string metrics, string outcome)
    {
        var line = Regex.Match(metrics, $"collabbot_outbox_deliveries_total\\{{[^}}]*outcome=\"{outcome}\",platform=\"Teams\"[^}}]*\\}} (\\d+)");
        return line.Success ? long.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
