using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Channels.Playground;
using CollabBot.Conversations.Commands;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// A turn that keeps failing is tried 3 times with back-off, then parked with its reason; the person is told and
/// operators see it beside the parked messages; the conversation's later turns go on (issue 22, item 4).
/// </summary>
[Collection(HostCollection.Name)]
public abstract class ParkedTurnFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "parked")
{
    private readonly ExplodingCommand _exploding = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Conversations:TurnRetryDelay"] = "00:00:00.200" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IBotCommand>(_exploding);

    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
    }

    [Fact]
    public async Task A_turn_that_fails_three_times_is_parked_the_person_is_told_and_the_conversation_goes_on()
    {
        var inbox = new InboxTurns(App);
        var (_, cursor) = await Playground.OutboxAsync();
        var failing = InboxTurns.Command(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab", "ben", "explode now", "command:A1:explode", "Ben");
        var later = InboxTurns.Command(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab", "ana", "status", "command:A1:later", "Ana");

        await inbox.AcceptAsync(failing);
        await inbox.AcceptAsync(later);

        Assert.True(await inbox.AllClosedAsync([failing.DedupKey, later.DedupKey], TimeSpan.FromSeconds(30)), "a turn was left unhandled");
        Assert.Equal(3, _exploding.Runs);
        Assert.False(await inbox.AcceptAsync(failing));
        // Both answers are committed; the Playground's dispatcher delivers them a moment later.
        JsonArray sent = [];
        Assert.True(await Eventually.TrueAsync(async () => (sent = (await Playground.OutboxAsync(cursor)).Messages).Count >= 2, TimeSpan.FromSeconds(10)));
        var told = Assert.Single(sent, m => m!["recipientUserId"]?.GetValue<string>() == "ben");
        Assert.Contains("could not handle `explode now`", told.Text(), StringComparison.Ordinal);
        Assert.Contains(sent, m => m!["recipientUserId"]?.GetValue<string>() == "ana" && m.Text().StartsWith("Status of Warm Homes", StringComparison.Ordinal));

        var listing = await Playground.Http.GetAsync("/ops/turns/parked");
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        var parked = Assert.Single(JsonNode.Parse(await listing.Content.ReadAsStringAsync())!.AsArray());
        Assert.Equal(("Playground", "innovation-lab", "ben", 3), (parked!["platform"]!.GetValue<string>(), parked["conversation"]!.GetValue<string>(), parked["user"]!.GetValue<string>(), parked["attempts"]!.GetValue<int>()));
        Assert.Contains("InvalidOperationException", parked["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("explode now", parked.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_turn_that_fails_where_the_platform_waits_for_the_answer_gets_a_clear_reply_not_a_500()
    {
        var reply = Assert.Single(await Playground.SayAsync("ben", "explode"));

        Assert.Equal("onlyUser", reply.Visibility());
        Assert.Contains("could not handle `explode`", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Status of Warm Homes", Assert.Single(await Playground.SayAsync("ben", "status")).Text(), StringComparison.Ordinal);
    }

    /// <summary>A command with a bug: it always throws.</summary>
    private sealed class ExplodingCommand : IBotCommand
    {
        private int _runs;

        public int Runs => _runs;
        public string Name => "explode";
        public string Usage => "explode";
        public string Summary => "Fails, for this test.";

        public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            throw new InvalidOperationException("boom");
        }
    }
}

public sealed class SqliteParkedTurnFacts() : ParkedTurnFacts(DatabaseProvider.Sqlite);

public sealed class PostgresParkedTurnFacts() : ParkedTurnFacts(DatabaseProvider.Postgres);
