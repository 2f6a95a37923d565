using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>The channel state store's claims: exactly one of many racing callers (on any host) adds a key; old keys go by age.</summary>
public abstract class ChannelStateContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Of_twenty_callers_adding_one_key_at_once_exactly_one_wins_and_its_value_stays()
    {
        var state = _fixture.Services.GetRequiredService<IChannelStateStore>();

        var wins = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => state.TryAddAsync(Platform.Slack, "oauth/state/n1", $"v{i}", default))));

        Assert.Equal(1, wins.Count(w => w));
        Assert.Equal($"v{Array.IndexOf(wins, true)}", await state.GetAsync(Platform.Slack, "oauth/state/n1", default));
        Assert.False(await state.TryAddAsync(Platform.Slack, "oauth/state/n1", "again", default));
        Assert.True(await state.TryAddAsync(Platform.Teams, "oauth/state/n1", "another platform", default));
    }

    [Fact]
    public async Task Keys_written_before_a_moment_are_deleted_under_their_prefix_only()
    {
        var state = _fixture.Services.GetRequiredService<IChannelStateStore>();
        await state.SetAsync(Platform.Slack, "oauth/state/old", "1", default);
        await state.SetAsync(Platform.Slack, "team/T1/installation", "kept", default);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        var cutoff = _fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(10);
        await state.TryAddAsync(Platform.Slack, "oauth/state/new", "2", default);

        var deleted = await state.DeleteWrittenBeforeAsync(Platform.Slack, "oauth/state/", cutoff, default);

        Assert.Equal(1, deleted);
        Assert.Null(await state.GetAsync(Platform.Slack, "oauth/state/old", default));
        Assert.Equal("2", await state.GetAsync(Platform.Slack, "oauth/state/new", default));
        Assert.Equal("kept", await state.GetAsync(Platform.Slack, "team/T1/installation", default));
    }
}

public sealed class SqliteChannelStateFacts() : ChannelStateContract(DatabaseProvider.Sqlite);

public sealed class PostgresChannelStateFacts() : ChannelStateContract(DatabaseProvider.Postgres);
