using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;

namespace CollabBot.Operations.Tests;

/// <summary>
/// A host is killed with SIGKILL while it fans out 300 check-in prompts and while members' answers wait in its inbox;
/// a new host on the same PostgreSQL takes over when the leases run out.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class HostKillFacts : IAsyncLifetime
{
    private const int Members = 300;
    private const int Answering = 40;
    private SlackRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackRig.StartAsync("hostkill");

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Killed_in_the_middle_of_a_fan_out_the_next_host_delivers_everything_and_loses_no_answer()
    {
        var team = new CheckInTeam("CKILL", Members);
        var setup = await _rig.StartHostAsync();
        await team.CreateAsync(setup.Http(), _rig);
        await setup.KillAsync();

        // This host catches up the missed occurrence at start-up and starts prompting 300 members.
        var leases = new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:10" };
        var victim = await _rig.StartHostAsync(leases);
        var http = victim.Http();
        var occurrence = "";
        Assert.True(await Eventually.TrueAsync(async () => (occurrence = await CheckInTeam.TextAsync(_rig,
            "SELECT replace(\"Id\"::text, '-', '') FROM checkin_occurrences LIMIT 1")).Length > 0, TimeSpan.FromSeconds(30)), _rig.Output());

        // Slack's Tier 3 budget (50 conversations.open a minute) holds the fan-out after its first burst: the host is
        // killed in the middle. Members who already got their card answer it; Slack has our 200 for each answer first.
        Assert.True(await Eventually.TrueAsync(() => Prompts(team.Members).Count(p => p == 1) >= Answering, TimeSpan.FromSeconds(60)), _rig.Output());
        var answering = team.Members.Where(m => Prompts([m])[0] == 1).Take(Answering).ToList();
        foreach (var member in answering)
        {
            var data = new Dictionary<string, string> { ["command"] = "checkin answer {occurrence}", ["occurrence"] = occurrence };
            var inputs = new Dictionary<string, string> { ["win"] = $"win of {member}", ["rating"] = "4" };
            using var answered = await http.SendAsync(SlackWire.Click(SlackRig.Secret, CheckInTeam.DirectChannel(member), member, data, inputs));
            Assert.True(answered.IsSuccessStatusCode);
        }

        var deliveredBeforeKill = Prompts(team.Members).Count(p => p > 0);
        await victim.KillAsync();
        Assert.InRange(deliveredBeforeKill, Answering, Members - 1);

        // The successor may open direct messages freely, so the test need not wait out Slack's minute windows.
        var successor = await _rig.StartHostAsync(new Dictionary<string, string?>(leases) { ["Slack:Tier3PerMinute"] = "10000" });
        // Messages the killed host had put off for its Tier 3 window wait until then (under a minute) before anyone sends them.
        var allDelivered = await Eventually.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig,
            "SELECT count(*) FROM outbox WHERE \"Status\" <> 1") == 0 && Prompts(team.Members).All(p => p > 0), TimeSpan.FromSeconds(150));
        var allAnswered = await Eventually.TrueAsync(async () => await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_answers") == Answering, TimeSpan.FromSeconds(30));

        Assert.True(allDelivered, _rig.Output());
        Assert.True(allAnswered, _rig.Output());
        await _rig.RoundTripAsync(successor);
        Assert.Equal(0, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM inbox WHERE \"CompletedAt\" IS NULL"));
        Assert.Equal(1, await CheckInTeam.ScalarAsync(_rig, "SELECT count(*) FROM checkin_occurrences"));

        // Slack has no idempotency key for chat.postMessage: the one send in flight when the process died may have
        // reached Slack without the outbox hearing of it, and is sent again. Nothing else may repeat, nothing be lost.
        var prompts = Prompts(team.Members);
        Assert.All(prompts, p => Assert.InRange(p, 1, 2));
        Assert.InRange(prompts.Count(p => p == 2), 0, 1);
        Assert.False(successor.HasExited);
    }

    private IReadOnlyList<int> Prompts(IEnumerable<string> members) =>
        [.. members.Select(m => _rig.Posts(CheckInTeam.DirectChannel(m)).Count(p => p.Arguments["text"]!.GetValue<string>().StartsWith("Time for your check-in", StringComparison.Ordinal)))];
}
