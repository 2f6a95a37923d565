using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Noise;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>What the noise budget and the fade alerts' limits keep (issue 23), on SQLite and on PostgreSQL.</summary>
public abstract class SignalStoreContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task Signal_records_come_back_per_scope_and_since_a_moment()
    {
        var (team, other) = (await TeamAsync("C-lab"), await TeamAsync("C-other"));
        var now = _fixture.Clock.GetUtcNow();
        var (ben, eli) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var scope = _fixture.Scope())
        {
            var signals = scope.ServiceProvider.GetRequiredService<ISignalStore>();
            signals.Add(new SignalRecord(team, ben, SignalKind.Alert, now.AddDays(-30)));
            signals.Add(new SignalRecord(team, ben, SignalKind.Escalation, now.AddDays(-2)));
            signals.Add(new SignalRecord(other, eli, SignalKind.Nudge, now.AddDays(-1)));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var read = _fixture.Scope();
        var records = await read.ServiceProvider.GetRequiredService<ISignalStore>().RecordsAsync(new CollaborationScope.Only([team]), now.AddDays(-7), default);

        var record = Assert.Single(records);
        Assert.Equal((team, ben, SignalKind.Escalation, now.AddDays(-2)), (record.CollaborationId, record.MemberId, record.Kind, record.At));
    }

    [Fact]
    public async Task Bot_posts_are_counted_over_the_last_seven_days_with_those_not_yet_committed()
    {
        var team = await TeamAsync("C-lab");
        var now = _fixture.Clock.GetUtcNow();
        await using (var scope = _fixture.Scope())
        {
            var signals = scope.ServiceProvider.GetRequiredService<ISignalStore>();
            signals.Add(new BotPost(team, "wins", now.AddDays(-8)));
            signals.Add(new BotPost(team, "phase-lacks:Ideate", now.AddDays(-6)));
            signals.Add(new BotPost(await TeamAsync("C-other"), "wins", now.AddDays(-1)));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var unit = _fixture.Scope();
        var store = unit.ServiceProvider.GetRequiredService<ISignalStore>();
        Assert.Equal(1, await store.BotPostsSinceAsync(team, now - NoiseBudget.Week, default));
        store.Add(new BotPost(team, "phase-lacks:Ideate", now));
        Assert.Equal(2, await store.BotPostsSinceAsync(team, now - NoiseBudget.Week, default));
        Assert.Equal(now, await store.LastBotPostAsync(team, "phase-lacks:Ideate", now.AddDays(-30), default));
        Assert.Null(await store.LastBotPostAsync(team, "phase-lacks:Test", now.AddDays(-30), default));
    }

    [Fact]
    public async Task Wins_wait_for_the_round_up_only_when_their_author_agreed_and_until_they_are_celebrated()
    {
        var team = await TeamAsync("C-lab");
        var now = _fixture.Clock.GetUtcNow();
        var ben = Guid.NewGuid();
        await using (var scope = _fixture.Scope())
        {
            var checkIns = scope.ServiceProvider.GetRequiredService<ICheckInStore>();
            var agreed = new SmallWin(team, ben, "the survey is out", now, null);
            agreed.MarkToCelebrate();
            checkIns.AddWin(agreed);
            checkIns.AddWin(new SmallWin(team, ben, "kept private", now, null));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        var scopeOfTeam = new CollaborationScope.Only([team]);
        await using (var round = _fixture.Scope())
        {
            var signals = round.ServiceProvider.GetRequiredService<ISignalStore>();
            Assert.Equal([team], await signals.WithWinsToCelebrateAsync(scopeOfTeam, default));
            var waiting = Assert.Single(await signals.WinsToCelebrateAsync(team, default));
            Assert.Equal("the survey is out", waiting.Text);
            waiting.Celebrated(now);
            await round.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var after = _fixture.Scope();
        Assert.Empty(await after.ServiceProvider.GetRequiredService<ISignalStore>().WithWinsToCelebrateAsync(scopeOfTeam, default));
    }

    [Fact]
    public async Task Cancelling_by_key_prefix_keeps_messages_not_yet_sent_from_ever_going_or_counting()
    {
        var now = _fixture.Clock.GetUtcNow();
        await using (var scope = _fixture.Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unit.EnqueueAsync(Direct("checkin-reminder:team-a:occ-1:ben", now.AddHours(20)), default);
            await unit.EnqueueAsync(Direct("checkin-prompt:team-a:1:ben", now.AddHours(30)), default);
            await unit.EnqueueAsync(Direct("checkin-reminder:team-b:occ-9:ben", now.AddHours(20)), default);
            await unit.CommitAsync(default);
        }

        await using (var change = _fixture.Scope())
        {
            var unit = change.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.Equal(2, await unit.CancelPendingAsync(["checkin-prompt:team-a:", "checkin-reminder:team-a:"], default));
            await unit.CommitAsync(default);
        }

        _fixture.Clock.Advance(TimeSpan.FromDays(2));
        await using var later = _fixture.Scope();
        var claimed = await later.ServiceProvider.GetRequiredService<IOutboxStore>().ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default);
        Assert.Equal(["checkin-reminder:team-b:occ-9:ben"], claimed.Select(c => c.Entry.IdempotencyKey));
        var due = await later.ServiceProvider.GetRequiredService<IUnitOfWork>().UnsolicitedDueAsync("playground", "U-ben", now, now.AddDays(3), default);
        Assert.Equal([now.AddHours(20)], due);
    }

    [Fact]
    public async Task When_unsolicited_messages_are_due_is_read_from_the_database_the_read_ahead_and_the_unit_itself()
    {
        var now = _fixture.Clock.GetUtcNow();
        await using (var scope = _fixture.Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unit.EnqueueAsync(Direct("alert-1", now.AddHours(1)), default);
            await unit.CommitAsync(default);
        }

        await using var read = _fixture.Scope();
        var reading = read.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.Equal([now.AddHours(1)], await reading.UnsolicitedDueAsync("playground", "U-ben", now, now.AddDays(1), default));
        await reading.LookAheadAsync(new OutboxLookahead([], "playground", ["U-ben"], now.AddDays(-8), now.AddDays(36)), default);
        await reading.EnqueueAsync(Direct("alert-2", now.AddHours(2)), default);
        Assert.Equal([now.AddHours(1), now.AddHours(2)], (await reading.UnsolicitedDueAsync("playground", "U-ben", now, now.AddDays(1), default)).Order());
    }

    private async Task<Guid> TeamAsync(string channel)
    {
        await using var scope = _fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
        var workspace = await store.GetOrAddWorkspaceAsync(Platform.Playground, "playground", default);
        var collaboration = Collaboration.Start(workspace.Id, channel, "Warm Homes", "UTC", "U-ana", "Ana", _fixture.Clock.GetUtcNow());
        store.Add(collaboration);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        return collaboration.Id;
    }

    private static OutboxEntry Direct(string key, DateTimeOffset notBefore) => new()
    {
        To = new ConversationAddress(Platform.Playground, "playground", "lab"),
        Visibility = Visibility.Direct,
        RecipientUserId = "U-ben",
        Unsolicited = true,
        NotBefore = notBefore,
        Message = new OutboundMessage("Hello"),
        IdempotencyKey = key,
    };
}

public sealed class SqliteSignalStoreFacts() : SignalStoreContract(DatabaseProvider.Sqlite);

public sealed class PostgresSignalStoreFacts() : SignalStoreContract(DatabaseProvider.Postgres);
