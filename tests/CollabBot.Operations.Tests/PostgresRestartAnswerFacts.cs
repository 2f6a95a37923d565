using CollabBot.Delivery.Tests.Support;
using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace CollabBot.Operations.Tests;

/// <summary>
/// PostgreSQL (a server of the test's own) restarts while members answer their check-in over Slack's interactivity
/// endpoint. Like Slack, each member's client sends the same click again when the host answers non-2xx or not within
/// three seconds. The host may only say 2xx for an answer it has stored durably.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class PostgresRestartAnswerFacts(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Members = 30;
    private static readonly TimeSpan SlackTimeout = TimeSpan.FromSeconds(3);
    private OwnPostgres _server = null!;
    private SlackRig _rig = null!;

    public async Task InitializeAsync()
    {
        _server = await OwnPostgres.StartAsync();
        _rig = await SlackRig.StartAsync("pgrestart", _server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Check_in_answers_sent_while_PostgreSQL_restarts_are_each_stored_once_and_every_message_is_delivered_once()
    {
        var team = new CheckInTeam("CRESTART", Members);
        var setup = await _rig.StartHostAsync();
        await team.CreateAsync(setup.Http(), _rig);
        await setup.StopAsync();

        // This host catches up the missed check-in at start-up and prompts everyone.
        var host = await _rig.StartHostAsync();
        Assert.True(await Eventually.TrueAsync(() => team.Members.All(m => Prompts(m) == 1), TimeSpan.FromSeconds(60)), _rig.Output());
        var occurrence = await CheckInTeam.TextAsync(_rig, "SELECT replace(\"Id\"::text, '-', '') FROM checkin_occurrences");

        // Members answer a few a second; the database goes away for three seconds in the middle of it.
        using var http = host.Http();
        var answering = team.Members.Select((member, i) => AnswerAsync(http, member, occurrence, TimeSpan.FromMilliseconds(150 * i))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await _server.RestartAsync(TimeSpan.FromSeconds(3));
        NpgsqlConnection.ClearAllPools();
        var refused = await Task.WhenAll(answering);
        output.WriteLine($"{refused.Count(r => r > 0)} of {Members} answers refused at first, {refused.Sum()} refusals in all");
        Assert.True(refused.Sum() > 0, "no answer arrived while the database was down");

        var settled = await Eventually.TrueAsync(async () =>
            await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_answers") >= Members
            && await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM inbox WHERE \"CompletedAt\" IS NULL") == 0
            && await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM outbox WHERE \"Status\" <> 1") == 0, TimeSpan.FromSeconds(60));
        Assert.True(settled, _rig.OutputTail());
        await _rig.RoundTripAsync(host);

        // Every answer stored once, with what the member wrote; nothing left in the inbox.
        Assert.Equal(Members, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_answers"));
        Assert.Equal(Members, await CheckInTeam.ScalarAsync(_rig, """
            SELECT count(DISTINCT a."MemberId") FROM checkin_answers a JOIN members m ON m."Id" = a."MemberId"
            WHERE a."SmallWin" = 'win of ' || m."PlatformUserId" AND a."Rating" = 4
            """));
        Assert.Equal(0, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM inbox WHERE \"CompletedAt\" IS NULL"));

        // Every outbox message handed to Slack once: as many successful posts as rows, one prompt per member.
        var posts = _rig.Slack.Calls.Where(c => c.Succeeded && c.Method is "chat.postMessage" or "chat.postEphemeral" or "chat.update").ToList();
        var twice = posts.GroupBy(c => $"{c.Method} {c.Arguments["channel"]} {c.Arguments["text"]}").Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}");
        Assert.True(await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM outbox") == posts.Count,
            $"{posts.Count} posts; more than once: {string.Join("; ", twice)}\n{_rig.OutputTail()}");
        Assert.All(team.Members, m => Assert.Equal(1, Prompts(m)));
        Assert.False(host.HasExited);
    }

    /// <summary>One member's click, sent again unchanged (signed afresh) until the host says 2xx; returns how often it was refused.</summary>
    private static async Task<int> AnswerAsync(HttpClient http, string member, string occurrence, TimeSpan after)
    {
        await Task.Delay(after);
        var data = new Dictionary<string, string> { ["command"] = "checkin answer {occurrence}", ["occurrence"] = occurrence };
        var inputs = new Dictionary<string, string> { ["win"] = $"win of {member}", ["rating"] = "4" };
        var body = SlackWire.ClickBody(CheckInTeam.DirectChannel(member), member, data, inputs);
        var refused = 0;
        for (var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60); DateTime.UtcNow < deadline; refused++)
        {
            using var timeout = new CancellationTokenSource(SlackTimeout);
            try
            {
                using var response = await http.SendAsync(SlackWire.Interaction(SlackRig.Secret, body), timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return refused;
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                // Slack gives up after three seconds and tries again.
            }
            catch (HttpRequestException)
            {
                // So it does when the connection fails.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException($"{member}'s answer was never acknowledged");
    }

    private int Prompts(string member) =>
        _rig.Posts(CheckInTeam.DirectChannel(member)).Count(p => p.Arguments["text"]!.GetValue<string>().StartsWith("Time for your check-in", StringComparison.Ordinal));
}
