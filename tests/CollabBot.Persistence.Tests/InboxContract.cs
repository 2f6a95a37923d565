using System.Data.Common;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CollabBot.Persistence.Tests;

/// <summary>The inbox's group commit keeps the contract of one accept per key, on SQLite and on PostgreSQL.</summary>
public abstract class InboxContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    private ITurnInbox Inbox => _fixture.Services.GetRequiredService<ITurnInbox>();

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Concurrent_accepts_each_learn_whether_their_key_was_new()
    {
        await Inbox.AcceptAsync(Turn("key-7"), default);

        // 300 keys, each offered three times at once: 900 accepts racing through the writer.
        var offers = Enumerable.Range(0, 300).SelectMany(n => Enumerable.Repeat($"key-{n}", 3)).ToList();
        var answers = await Task.WhenAll(offers.Select(async key => (key, accepted: await Task.Run(() => Inbox.AcceptAsync(Turn(key), default)))));

        var newPerKey = answers.GroupBy(a => a.key).ToDictionary(g => g.Key, g => g.Count(a => a.accepted));
        Assert.Equal(0, newPerKey["key-7"]);
        Assert.All(newPerKey.Where(p => p.Key != "key-7"), p => Assert.Equal(1, p.Value));
        var claimed = await Inbox.ClaimAsync(1000, TimeSpan.FromMinutes(1), default);
        Assert.Equal(300, claimed.Count);
        Assert.Equal(300, claimed.Select(c => c.Turn.DedupKey).Distinct().Count());
    }

    [Fact]
    public async Task A_repeat_inside_one_batch_is_stored_once_with_what_it_carries()
    {
        Assert.True(await Inbox.AcceptAsync(Turn("earlier"), default));

        // Holding the write lock makes the writer wait, so the accepts below queue up and commit as one batch.
        Task<bool> blocker;
        Task<bool>[] repeats;
        Task<bool> earlierAgain;
        await using (var lockHolder = await LockInboxAsync())
        {
            blocker = Inbox.AcceptAsync(Turn("blocker"), default);
            await Task.Delay(200);
            repeats =
            [
                Inbox.AcceptAsync(Turn("twice") with { Origin = new TurnOrigin.Modal("V1", "Check-in") }, default),
                Inbox.AcceptAsync(Turn("twice") with { Origin = new TurnOrigin.Modal("V1", "Check-in") }, default),
                Inbox.AcceptAsync(Turn("twice"), default),
            ];
            earlierAgain = Inbox.AcceptAsync(Turn("earlier"), default);
            await Task.Delay(100);
            Assert.False(blocker.IsCompleted, "nobody may be answered before the commit");
        }

        Assert.True(await blocker);
        Assert.Equal(1, (await Task.WhenAll(repeats)).Count(accepted => accepted));
        Assert.False(await earlierAgain);
        var claimed = await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        Assert.Equal(["earlier", "blocker", "twice"], claimed.Select(c => c.Turn.DedupKey));
        Assert.Equal(new TurnOrigin.Modal("V1", "Check-in"), claimed[2].Turn.Origin);
    }

    [Fact]
    public async Task Completing_a_batch_of_turns_takes_them_all_out()
    {
        foreach (var key in new[] { "a", "b", "c" })
        {
            await Inbox.AcceptAsync(Turn(key), default);
        }

        var claimed = await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        await Inbox.CompleteAsync([claimed[0].Id, claimed[2].Id], default);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(["b"], (await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Select(c => c.Turn.DedupKey));
    }

    [Fact]
    public async Task A_claim_completes_and_leaves_out_turns_handled_before_and_hands_out_the_rest()
    {
        // A host handled the first turn and stopped before it completed it in the inbox; its lease ran out.
        Assert.True(await Inbox.AcceptAsync(Turn("event:A1:done"), default));
        Assert.True(await Inbox.AcceptAsync(Turn("event:A1:open"), default));
        await using (var scope = _fixture.Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:A1:done"), default));
            await unit.CommitAsync(default);
        }

        var claimed = Assert.Single(await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal("event:A1:open", claimed.Turn.DedupKey);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(["event:A1:open"], (await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Select(c => c.Turn.DedupKey));
    }

    [Fact]
    public async Task A_key_longer_than_any_column_is_accepted_once_and_handled_once()
    {
        // A Teams conversation id can be hundreds of characters long, and the activity key carries it.
        var key = "activity:a:" + new string('c', 600) + ":1";

        Assert.True(await Inbox.AcceptAsync(Turn(key), default));
        Assert.False(await Inbox.AcceptAsync(Turn(key), default));
        Assert.False(await Inbox.AcceptAsync(Turn(key), default));
        var claimed = Assert.Single(await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        await using var scope = _fixture.Scope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.True(await unit.BeginTurnAsync(new TurnRecord(claimed.Turn.DedupKey, claimed.Id), default));
        await unit.CommitAsync(default);
        Assert.Empty(await Inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.False(await Inbox.AcceptAsync(Turn(key), default));
    }

    private static InboundTurn Turn(string key) => new()
    {
        Where = new ConversationAddress(Platform.Slack, "T1", "C1"),
        Who = new MemberRef("U1", "Ana"),
        Kind = TurnKind.Command,
        Text = "status",
        DedupKey = key,
    };

    /// <summary>Another connection holding a transaction that blocks inserts into the inbox until disposed.</summary>
    private async Task<DbConnection> LockInboxAsync()
    {
        DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection($"Data Source={_fixture.Database.SqlitePath};Pooling=False")
            : new NpgsqlConnection(_fixture.Database.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? "BEGIN IMMEDIATE; INSERT INTO channel_state (Platform, Key, Value, UpdatedAt) VALUES (9, 'lock', '', 0);"
            : """BEGIN; LOCK TABLE "inbox" IN EXCLUSIVE MODE;""";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}

public sealed class SqliteInboxFacts() : InboxContract(DatabaseProvider.Sqlite);

public sealed class PostgresInboxFacts() : InboxContract(DatabaseProvider.Postgres);
