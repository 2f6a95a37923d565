using System.Collections.Concurrent;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>
/// Replies committed by a turn go straight to this host's dispatcher (<see cref="OutboxHandoff"/>): written leased to
/// it, sent without a claim, and left to a claim whenever handing them over could send one twice. On SQLite and PostgreSQL.
/// </summary>
public abstract class OutboxHandoffContract(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly TimeSpan AnotherHostsLease = TimeSpan.FromMinutes(1);
    private readonly RecordingSender _sender = new();
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider, _sender);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    private OutboxDispatcher Dispatcher => _fixture.Services.GetRequiredService<OutboxDispatcher>();

    private IOutboxStore Outbox => _fixture.Services.GetRequiredService<IOutboxStore>();

    [Fact]
    public async Task A_turns_replies_are_written_leased_to_this_hosts_dispatcher_and_sent_without_a_claim()
    {
        var ids = await CommitTurnAsync("event:one", Reply("event:one", 0), Reply("event:one", 1));

        // Another host finds nothing to claim: the rows are this host's.
        Assert.Empty(await Outbox.ClaimDueAsync(Platform.Slack, 10, AnotherHostsLease, Guid.NewGuid(), default));
        Assert.Equal(2, await Dispatcher.DispatchDueAsync(Platform.Slack, default));

        // A claim would have counted a second attempt.
        Assert.Equal(ids.Select(id => (id, 1)), _sender.Sent.Select(m => (m.Id, m.Attempt)));
        Assert.All(await Outbox.GetAsync(ids, default), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_reply_updating_another_message_or_due_later_is_left_to_a_claim()
    {
        var original = Assert.Single(await CommitTurnAsync("event:first", Reply("event:first", 0)));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(Platform.Slack, default));
        var later = _fixture.Clock.GetUtcNow().AddHours(1);
        var ids = await CommitTurnAsync(
            "event:second", Reply("event:second", 0) with { UpdatesMessageId = original }, Reply("event:second", 1) with { NotBefore = later });

        // Another host may claim both (each in its time): neither was leased at its commit.
        var update = Assert.Single(await Outbox.ClaimDueAsync(Platform.Slack, 10, AnotherHostsLease, Guid.NewGuid(), default));
        Assert.Equal((ids[0], 1, "ts-" + original), (update.Id, update.Attempt, update.OriginalPlatformMessageId));
        await Outbox.MarkSentAsync(update.Id, "ts-update", default);
        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        var scheduled = Assert.Single(await Outbox.ClaimDueAsync(Platform.Slack, 10, AnotherHostsLease, Guid.NewGuid(), default));
        Assert.Equal((ids[1], 1), (scheduled.Id, scheduled.Attempt));
    }

    [Fact]
    public async Task Two_deliveries_of_one_turn_committing_at_once_hand_its_reply_over_once()
    {
        var scopes = new[] { _fixture.Scope(), _fixture.Scope() };
        var units = scopes.Select(s => s.ServiceProvider.GetRequiredService<IUnitOfWork>()).ToList();
        foreach (var unit in units)
        {
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:twice"), default));
            Assert.True(unit.AddReply(Reply("event:twice", 0)));
        }

        var outcomes = await Task.WhenAll(units.Select(async u => { try { return await u.CommitAsync(default); } catch (TurnHandledBeforeException) { return null; } }));
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        var written = Assert.Single(Assert.Single(outcomes.OfType<IReadOnlyList<long>>()));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(Platform.Slack, default));
        Assert.Equal(written, Assert.Single(_sender.Sent).Id);
    }

    [Fact]
    public async Task A_handed_reply_that_waited_past_half_its_lease_is_sent_once_its_lease_ran_out()
    {
        var id = Assert.Single(await CommitTurnAsync("event:waited", Reply("event:waited", 0)));
        _fixture.Clock.Advance(TimeSpan.FromSeconds(61));

        // Still leased (2 minutes) but too old to trust: another host's claim may be near.
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(Platform.Slack, default));
        Assert.Empty(_sender.Sent);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(Platform.Slack, default));
        Assert.Equal((id, 2), _sender.Sent.Select(m => (m.Id, m.Attempt)).Single());
    }

    [Fact]
    public async Task Replies_waiting_for_the_dispatcher_when_the_host_stops_are_given_back_for_any_host_to_claim_at_once()
    {
        var id = Assert.Single(await CommitTurnAsync("event:stopping", Reply("event:stopping", 0)));

        await Dispatcher.GiveBackHandedAsync(default);

        var claimed = Assert.Single(await Outbox.ClaimDueAsync(Platform.Slack, 10, AnotherHostsLease, Guid.NewGuid(), default));
        Assert.Equal((id, 1), (claimed.Id, claimed.Attempt));
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(Platform.Slack, default));
        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task Replies_beyond_the_dispatchers_room_are_left_to_a_claim()
    {
        var sender = new RecordingSender();
        await using var small = await StoreFixture.CreateAsync(provider, sender, o => o.MaxInHand = 1);
        var ids = await CommitTurnAsync("event:many", small, Reply("event:many", 0), Reply("event:many", 1));

        var claimed = Assert.Single(await small.Services.GetRequiredService<IOutboxStore>().ClaimDueAsync(Platform.Slack, 10, AnotherHostsLease, Guid.NewGuid(), default));
        Assert.Equal((ids[1], 1), (claimed.Id, claimed.Attempt));
        Assert.Equal(1, await small.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Platform.Slack, default));
        Assert.Equal(ids[0], Assert.Single(sender.Sent).Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_given_inline_is_recorded_as_delivered_by_the_turns_own_commit_and_never_sent_again(bool withDomainChange)
    {
        // The invoke's answer, then an ordinary reply: only the first carries the inline origin.
        var answer = Reply("invoke:one", 0) with { Visibility = Visibility.OnlyUser, RecipientUserId = "U1", Origin = new TurnOrigin.InlineAnswer() };
        IReadOnlyList<long> ids;
        await using (var scope = _fixture.Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("invoke:one"), default));
            if (withDomainChange)
            {
                await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().GetOrAddWorkspaceAsync(Platform.Slack, "T-inline", default);
            }

            Assert.True(unit.AddReply(answer));
            Assert.True(unit.AddReply(Reply("invoke:one", 1)));
            ids = await unit.CommitAsync(default);
        }

        var stored = await Outbox.GetAsync(ids, default);
        Assert.Equal(
            [(OutboxStatus.Sent, (string?)TurnOrigin.InlineAnswer.DeliveredAs, true), (OutboxStatus.Pending, null, false)],
            stored.Select(m => (m.Status, m.PlatformMessageId, m.DeliveredSeq is not null)));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(Platform.Slack, default));
        Assert.Equal(ids[1], Assert.Single(_sender.Sent).Id);
    }

    private Task<IReadOnlyList<long>> CommitTurnAsync(string dedupKey, params OutboxEntry[] replies) => CommitTurnAsync(dedupKey, _fixture, replies);

    private static async Task<IReadOnlyList<long>> CommitTurnAsync(string dedupKey, StoreFixture fixture, params OutboxEntry[] replies)
    {
        await using var scope = fixture.Scope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.True(await unit.BeginTurnAsync(new TurnRecord(dedupKey), default));
        foreach (var reply in replies)
        {
            Assert.True(unit.AddReply(reply));
        }

        return await unit.CommitAsync(default);
    }

    private static OutboxEntry Reply(string dedupKey, int index) => new()
    {
        To = new ConversationAddress(Platform.Slack, "T1", "C1"),
        Visibility = Visibility.Channel,
        Message = new OutboundMessage($"Reply {index}"),
        IdempotencyKey = TurnReplyKey.Of(Platform.Slack, new TurnRecord(dedupKey), index),
    };

    private sealed class RecordingSender : IChannelSender
    {
        private readonly ConcurrentQueue<PendingMessage> _sent = new();

        public Platform Platform => Platform.Slack;

        public IReadOnlyList<PendingMessage> Sent => [.. _sent];

        public Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken)
        {
            _sent.Enqueue(message);
            return Task.FromResult<DeliveryOutcome>(new DeliveryOutcome.Sent($"ts-{message.Id}"));
        }
    }
}

public sealed class SqliteOutboxHandoffFacts() : OutboxHandoffContract(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxHandoffFacts() : OutboxHandoffContract(DatabaseProvider.Postgres);
