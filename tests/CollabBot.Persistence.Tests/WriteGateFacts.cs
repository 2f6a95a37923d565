using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Persistence.ChannelState;
using CollabBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>On SQLite no write reaches the database except through the write gate: one writer at a time, in the gate's order.</summary>
public sealed class WriteGateFacts : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    private CollabDbContextFactory Contexts => _fixture.Services.GetRequiredService<CollabDbContextFactory>();

    [Fact]
    public async Task A_write_that_skips_the_gate_is_refused_by_the_database_and_changes_nothing()
    {
        await using var db = Contexts.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """INSERT INTO "channel_state" ("Platform", "Key", "Value", "UpdatedAt") VALUES (1, 'sneaked', 'in', 0)""";

        var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(8, refused.SqliteErrorCode); // SQLITE_READONLY
        Assert.False(await db.ChannelState.AnyAsync(e => e.Key == "sneaked"));
    }

    [Fact]
    public async Task A_passage_makes_its_connection_writable_only_while_it_is_held()
    {
        await using var db = Contexts.Create();
        using (await Contexts.Writes.EnterAsync(db, default))
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "channel_state" ("Platform", "Key", "Value", "UpdatedAt") VALUES (1, 'passed', 'in', 0)""");
        }

        // The same (pooled) connection, opened again: read-only once more.
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """DELETE FROM "channel_state" WHERE "Key" = 'passed'""";
        await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.True(await db.ChannelState.AnyAsync(e => e.Key == "passed"));
    }

    [Fact]
    public async Task Efs_own_writes_wait_for_the_gate_and_pass_once_it_is_free()
    {
        var state = _fixture.Services.GetRequiredService<IChannelStateStore>();
        await using var holder = Contexts.Create();
        Task saved, deleted;
        using (await Contexts.Writes.EnterAsync(holder, default))
        {
            saved = state.SetAsync(Platform.Slack, "waits", "for the gate", default);          // SaveChanges
            deleted = state.DeleteByPrefixAsync(Platform.Slack, "nothing-", default);         // ExecuteDelete
            await Task.WhenAny(Task.WhenAll(saved, deleted), Task.Delay(TimeSpan.FromMilliseconds(300)));
            Assert.False(saved.IsCompleted, "a save passed a held gate");
            Assert.False(deleted.IsCompleted, "a delete passed a held gate");
        }

        await Task.WhenAll(saved, deleted).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("for the gate", await state.GetAsync(Platform.Slack, "waits", default));
    }

    [Fact]
    public async Task A_save_inside_a_passage_on_its_own_connection_takes_no_second_one()
    {
        await using var db = Contexts.Create();
        using (await Contexts.Writes.EnterAsync(db, default))
        {
            db.ChannelState.Add(new ChannelStateEntry { Platform = Platform.Teams, Key = "inside", Value = "one passage", UpdatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.Equal("one passage", await _fixture.Services.GetRequiredService<IChannelStateStore>().GetAsync(Platform.Teams, "inside", default));
    }
}
