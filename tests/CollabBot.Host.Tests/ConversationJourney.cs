using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>A whole conversation through the Playground API, on each provider, surviving a restart.</summary>
[Collection(HostCollection.Name)]
public abstract class ConversationJourney(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider, "journey");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_team_starts_joins_moves_to_Ideate_and_a_restart_keeps_it_all()
    {
        await using (var app = new CollabBotApp(_database))
        {
            var playground = new PlaygroundClient(app.Http());

            var started = Assert.Single(await playground.SayAsync("ana", "start Warm Homes"));
            Assert.Equal("channel", started.Visibility());
            Assert.Contains("Ana started *Warm Homes*", started.Text());

            Assert.Contains("Welcome, Ben (citizen / end user)", (await playground.SayAsync("ben", "join as citizen"))[0]!.Text());
            Assert.Contains("Welcome, Chloe (private business)", (await playground.SayAsync("chloe", "/collab join as business"))[0]!.Text());
            await playground.SayAsync("ana", "join as public");

            var refused = Assert.Single(await playground.SayAsync("ben", "phase next"));
            Assert.Equal(("onlyUser", "Only a convener can move the collaboration to the next phase."), (refused.Visibility(), refused.Text()));

            // The challenge is not stated yet: the bot shows what is missing and asks the convener to confirm.
            var ask = Assert.Single(await playground.SayAsync("ana", "phase next"));
            Assert.Equal(("onlyUser", "Understand still lacks: Challenge stated; Key terms defined. Move on anyway?"), (ask.Visibility(), ask.Text()));
            var moved = Assert.Single(await playground.ClickAsync("ana", ask.Id(), "phase-next-confirm"));
            Assert.Equal("channel", moved.Visibility());
            Assert.Contains("from Understand to Ideate", moved.Text());
            Assert.Contains("Phase: Ideate", moved.CardJson());
        }

        await using (var restarted = new CollabBotApp(_database))
        {
            var playground = new PlaygroundClient(restarted.Http());
            var status = Assert.Single(await playground.SayAsync("ben", "status"));

            Assert.Contains("Status of Warm Homes: Ideate, 3 members.", status.Text());
            var card = status.CardJson();
            Assert.Contains("\"value\":\"citizen / end user \\u00B7 member\"", card);
            Assert.Contains("\"value\":\"private business \\u00B7 member\"", card);
            Assert.Contains("\"value\":\"public agency \\u00B7 convener\"", card);
            Assert.Contains("Ideate, day 1 of 21", card);

            // The refusal before the restart changed nothing: Ben still cannot move the phase, and it is still Ideate.
            var (messages, _) = await playground.OutboxAsync();
            Assert.Equal(10, messages.Count);
        }
    }

    [Fact]
    public async Task Turns_that_arrive_together_from_a_workspace_seen_for_the_first_time_are_each_answered()
    {
        await using var app = new CollabBotApp(_database);
        var http = app.Http();

        // Each of the first turns finds no workspace and adds it; all but one lose that race and must run again.
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => new PlaygroundClient(http, $"lab-{n}").SayAsync($"user{n}", "help")));

        Assert.All(replies, r => Assert.Contains("What you can do here", Assert.Single(r).Text()));
    }
}

public sealed class SqliteConversationJourney() : ConversationJourney(DatabaseProvider.Sqlite);

public sealed class PostgresConversationJourney() : ConversationJourney(DatabaseProvider.Postgres);
