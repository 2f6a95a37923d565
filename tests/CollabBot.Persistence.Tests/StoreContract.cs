using System.Globalization;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>The same persistence behaviour, checked on SQLite and on PostgreSQL.</summary>
public abstract class StoreContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_collaboration_comes_back_with_its_members_roles_assets_phase_history_and_plan()
    {
        var collaborationId = await SaveTeamAsync();

        await using var scope = _fixture.Scope();
        var loaded = await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().FindAsync(collaborationId, default);

        Assert.NotNull(loaded);
        Assert.Equal(("Warm Homes", "Cold homes", Phase.Ideate), (loaded.Name, loaded.Challenge, loaded.CurrentPhase));
        Assert.Equal([Phase.Understand, Phase.Ideate], loaded.PhaseHistory.OrderBy(t => t.EnteredAt).Select(t => t.Phase));
        Assert.Equal(TimeSpan.FromDays(9), loaded.PlannedLength(Phase.Test));
        var ben = loaded.FindMember("U-ben");
        Assert.NotNull(ben);
        Assert.Equal((Sector.Citizen, "facilitator"), (ben.Sector, RoleNames.Display(ben.Roles)));
        Assert.Equal(["tenant network", "survey data"], ben.Assets);
        Assert.Equal(new DateOnly(2026, 12, 31), ben.AwayUntil);
        Assert.Equal([new AwayPeriod(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 31))], ben.AwayPeriods);
        Assert.False(ben.WantsCheckIns);
        Assert.Equal(("0 16 * * 5", 6, false), (loaded.SummaryCron, loaded.ChannelPostBudget, loaded.SummaryOff));
        Assert.True(loaded.IsPaused(new DateOnly(2027, 1, 4)) && !loaded.IsPaused(new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public async Task Workspaces_isolate_collaborations_with_the_same_channel_id()
    {
        await SaveTeamAsync();
        await using var scope = _fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();

        var other = await store.GetOrAddWorkspaceAsync(Platform.Slack, "T-OTHER", default);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);

        Assert.Null(await store.FindByChannelAsync(other.Id, "C-lab", default));
    }

    [Fact]
    public async Task A_workspace_added_by_a_unit_that_never_committed_is_not_taken_for_stored()
    {
        await using (var abandoned = _fixture.Scope())
        {
            await abandoned.ServiceProvider.GetRequiredService<ICollaborationStore>().GetOrAddWorkspaceAsync(Platform.Teams, "tenant-new", default);
        }

        await using var scope = _fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
        var workspace = await store.GetOrAddWorkspaceAsync(Platform.Teams, "tenant-new", default);
        store.Add(Collaboration.Start(workspace.Id, "19:lab", "Lab", "UTC", "U-ana", "Ana", _fixture.Clock.GetUtcNow()));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);

        // Stored now, and the same for every later turn (served from the host's memory after the first read).
        for (var i = 0; i < 2; i++)
        {
            await using var later = _fixture.Scope();
            Assert.Equal(workspace.Id, (await later.ServiceProvider.GetRequiredService<ICollaborationStore>().GetOrAddWorkspaceAsync(Platform.Teams, "tenant-new", default)).Id);
        }
    }

    [Fact]
    public async Task A_member_sees_their_own_collaborations_and_none_of_another_workspace()
    {
        var id = await SaveTeamAsync();
        var directory = _fixture.Services.GetRequiredService<IMemberCollaborations>();

        var mine = Assert.Single(await directory.ForMemberAsync(Platform.Slack, "T1", "U-ben", default));
        Assert.Equal((id, "Warm Homes", Phase.Ideate, (DateTimeOffset?)null), (mine.CollaborationId, mine.Name, mine.Phase, mine.NextCheckIn));
        Assert.Empty(await directory.ForMemberAsync(Platform.Slack, "T-OTHER", "U-ben", default));
        Assert.Empty(await directory.ForMemberAsync(Platform.Teams, "T1", "U-ben", default));
    }

    [Fact]
    public async Task A_turn_is_marked_handled_once()
    {
        await using (var scope = _fixture.Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:E1"), default));
            await unit.CommitAsync(default);
        }

        await using var again = _fixture.Scope();
        Assert.False(await again.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginTurnAsync(new TurnRecord("event:E1"), default));
    }

    [Fact]
    public async Task Two_deliveries_of_one_turn_committing_at_once_write_its_replies_once()
    {
        // Both saw the turn unhandled; their record and replies reach the turns' group commit together.
        var units = new List<AsyncServiceScope>();
        var commits = new List<Task<IReadOnlyList<long>>>();
        for (var i = 0; i < 2; i++)
        {
            var scope = _fixture.Scope();
            units.Add(scope);
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:twice"), default));
            Assert.True(await unit.EnqueueAsync(Entry("turn:slack:event:twice:0"), default));
        }

        commits.AddRange(units.Select(u => u.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default)));
        var outcomes = await Task.WhenAll(commits.Select(async c => { try { return await c; } catch (TurnHandledBeforeException) { return null; } }));
        foreach (var scope in units)
        {
            await scope.DisposeAsync();
        }

        var written = Assert.Single(outcomes.OfType<IReadOnlyList<long>>());
        Assert.Single(outcomes, o => o is null);
        var stored = Assert.Single(await _fixture.Services.GetRequiredService<IOutboxStore>().GetAsync(written, default));
        Assert.Equal("turn:slack:event:twice:0", stored.Entry.IdempotencyKey);
        await using var again = _fixture.Scope();
        Assert.False(await again.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginTurnAsync(new TurnRecord("event:twice"), default));
    }

    [Fact]
    public async Task A_turn_whose_reply_key_was_stored_meanwhile_commits_its_record_and_skips_that_reply()
    {
        await using var scope = _fixture.Scope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:race"), default));
        Assert.True(await unit.EnqueueAsync(Entry("race:shared"), default));
        Assert.True(await unit.EnqueueAsync(Entry("race:own"), default));
        var first = Assert.Single(await EnqueueAsync("race:shared"));

        var written = Assert.Single(await unit.CommitAsync(default));

        var stored = await _fixture.Services.GetRequiredService<IOutboxStore>().GetAsync([first, written], default);
        Assert.Equal(["race:shared", "race:own"], stored.Select(m => m.Entry.IdempotencyKey));
        await using var again = _fixture.Scope();
        Assert.False(await again.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginTurnAsync(new TurnRecord("event:race"), default));
    }

    [Fact]
    public async Task Turns_committed_one_after_another_each_store_their_own_record_and_reply()
    {
        // Batches of one size share one kept statement: each must store its own values, not the previous batch's.
        var due = DateTimeOffset.Parse("2026-12-04T09:00:00Z", CultureInfo.InvariantCulture);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            await using var scope = _fixture.Scope();
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord($"event:seq{i}"), default));
            Assert.True(await unit.EnqueueAsync(Entry($"seq:{i}", unsolicitedTo: $"U{i}", notBefore: due.AddHours(i)) with { Message = new OutboundMessage($"Hello {i}") }, default));
            ids.Add(Assert.Single(await unit.CommitAsync(default)));
        }

        var stored = await _fixture.Services.GetRequiredService<IOutboxStore>().GetAsync(ids, default);
        Assert.Equal(
            Enumerable.Range(0, 3).Select(i => ($"seq:{i}", (string?)$"U{i}", $"Hello {i}", (DateTimeOffset?)due.AddHours(i))),
            stored.Select(m => (m.Entry.IdempotencyKey, m.Entry.RecipientUserId, m.Entry.Message.Text, m.Entry.NotBefore)));
        await using var again = _fixture.Scope();
        for (var i = 0; i < 3; i++)
        {
            Assert.False(await again.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginTurnAsync(new TurnRecord($"event:seq{i}"), default));
        }
    }

    [Fact]
    public async Task The_same_logical_message_is_written_to_the_outbox_once()
    {
        var first = await EnqueueAsync("checkin:occ-1:ben");
        var second = await EnqueueAsync("checkin:occ-1:ben");

        Assert.Single(first);
        Assert.Empty(second);
        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        var stored = Assert.Single(await outbox.GetAsync(first, default));
        Assert.Equal(("checkin:occ-1:ben", OutboxStatus.Pending, "Hello"), (stored.Entry.IdempotencyKey, stored.Status, stored.Entry.Message.Text));
    }

    [Fact]
    public async Task Reading_ahead_answers_what_the_database_would_and_falls_back_to_it_outside_the_window()
    {
        var now = _fixture.Clock.GetUtcNow();
        await EnqueueAsync("stored", unsolicitedTo: "U-ben", notBefore: now.AddHours(2));
        await EnqueueAsync("later", unsolicitedTo: "U-ben", notBefore: now.AddDays(40));

        await using var scope = _fixture.Scope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unit.LookAheadAsync(new OutboxLookahead(["stored", "fresh"], "playground", ["U-ben", "U-ana"], now.AddDays(-1), now.AddDays(30)), default);

        Assert.False(await unit.EnqueueAsync(Entry("stored"), default));
        Assert.True(await unit.EnqueueAsync(Entry("fresh", "U-ben", now.AddHours(3)), default));
        Assert.False(await unit.EnqueueAsync(Entry("fresh"), default));
        // Inside the window: the stored message and the one this unit added; outside it, the database answers.
        Assert.Equal(2, await unit.CountUnsolicitedAsync("playground", "U-ben", now, now.AddDays(1), default));
        Assert.Equal(0, await unit.CountUnsolicitedAsync("playground", "U-ana", now, now.AddDays(1), default));
        Assert.Equal(1, await unit.CountUnsolicitedAsync("playground", "U-ben", now.AddDays(39), now.AddDays(41), default));
        Assert.Equal(0, await unit.CountUnsolicitedAsync("elsewhere", "U-ben", now, now.AddDays(1), default));
        Assert.Single(await unit.CommitAsync(default));
    }

    [Fact]
    public async Task Two_dispatchers_claiming_at_once_never_get_the_same_message()
    {
        for (var i = 0; i < 30; i++)
        {
            await EnqueueAsync($"m{i}");
        }

        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        var claims = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => outbox.ClaimDueAsync(Platform.Playground, 20, TimeSpan.FromMinutes(1), default)));

        // A claim that lost its candidates to a concurrent one may come back short (SQLite); the rest is claimed next round.
        var ids = claims.SelectMany(c => c).Select(m => m.Id).ToList();
        Assert.True(ids.Count >= 20, $"{ids.Count} claimed");
        while (await outbox.ClaimDueAsync(Platform.Playground, 20, TimeSpan.FromMinutes(1), default) is { Count: > 0 } more)
        {
            ids.AddRange(more.Select(m => m.Id));
        }

        Assert.Equal(30, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_message_to_retry_waits_until_its_time_and_a_parked_one_never_comes_back()
    {
        var ids = (await EnqueueAsync("retry")).Concat(await EnqueueAsync("park")).ToList();
        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default);

        await outbox.MarkRetryAsync(ids[0], "ratelimited", _fixture.Clock.GetUtcNow().AddSeconds(30), default);
        await outbox.MarkParkedAsync(ids[1], "channel_not_found", default);

        Assert.Empty(await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default));
        _fixture.Clock.Advance(TimeSpan.FromSeconds(31));
        var again = Assert.Single(await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default));
        Assert.Equal((ids[0], 2), (again.Id, again.Attempt));
        var parked = (await outbox.GetAsync([ids[1]], default)).Single();
        Assert.Equal((OutboxStatus.Parked, "channel_not_found"), (parked.Status, parked.LastError));
    }

    [Fact]
    public async Task The_delivered_list_is_in_delivery_order_and_leaves_out_what_is_not_delivered()
    {
        var ids = new List<long>();
        foreach (var key in new[] { "a", "b", "c" })
        {
            ids.AddRange(await EnqueueAsync(key));
        }

        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default);
        await outbox.MarkSentAsync(ids[2], "pg-3", default);
        await outbox.MarkSentAsync(ids[0], "pg-1", default);

        var delivered = await outbox.ListDeliveredAsync(Platform.Playground, 0, 100, default);
        var afterFirst = await outbox.ListDeliveredAsync(Platform.Playground, delivered[0].DeliveredSeq!.Value, 100, default);

        Assert.Equal([ids[2], ids[0]], delivered.Select(d => d.Id));
        Assert.Equal([ids[0]], afterFirst.Select(d => d.Id));
        await outbox.MarkSentAsync(ids[1], "pg-2", default);
        Assert.Equal([ids[1]], (await outbox.ListDeliveredAsync(Platform.Playground, delivered[1].DeliveredSeq!.Value, 100, default)).Select(d => d.Id));
    }

    [Fact]
    public async Task Each_platform_lists_its_own_deliveries_in_order_when_platforms_deliver_in_turns()
    {
        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        var playground = new List<long>();
        var teams = new List<long>();
        foreach (var n in Enumerable.Range(0, 3))
        {
            playground.AddRange(await EnqueueAsync($"turns-pg-{n}"));
            teams.AddRange(await EnqueueAsync($"turns-teams-{n}", platform: Platform.Teams));
        }

        await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default);
        await outbox.ClaimDueAsync(Platform.Teams, 10, TimeSpan.FromMinutes(1), default);
        var teamsBefore = await outbox.ListDeliveredAsync(Platform.Teams, 0, 1000, default);
        var playgroundBefore = await outbox.ListDeliveredAsync(Platform.Playground, 0, 1000, default);
        foreach (var n in new[] { 2, 0, 1 })
        {
            await outbox.MarkSentAsync(teams[n], $"t-{n}", default);
            await outbox.MarkSentAsync(playground[n], $"p-{n}", default);
        }

        var teamsAfter = await outbox.ListDeliveredAsync(Platform.Teams, teamsBefore.LastOrDefault()?.DeliveredSeq ?? 0, 1000, default);
        var playgroundAfter = await outbox.ListDeliveredAsync(Platform.Playground, playgroundBefore.LastOrDefault()?.DeliveredSeq ?? 0, 1000, default);
        Assert.Equal([teams[2], teams[0], teams[1]], teamsAfter.Select(d => d.Id));
        Assert.Equal([playground[2], playground[0], playground[1]], playgroundAfter.Select(d => d.Id));
    }

    [Fact]
    public async Task A_batch_of_sent_marks_takes_delivery_positions_in_the_order_given_and_skips_rows_no_longer_pending()
    {
        var ids = new List<long>();
        foreach (var key in new[] { "x", "y", "z" })
        {
            ids.AddRange(await EnqueueAsync(key));
        }

        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default);
        await outbox.MarkParkedAsync(ids[1], "is_archived", default);

        await outbox.MarkSentAsync([(ids[2], "pg-z"), (ids[0], "pg-x"), (ids[1], "pg-y")], default);

        var delivered = await outbox.ListDeliveredAsync(Platform.Playground, 0, 100, default);
        Assert.Equal([(ids[2], "pg-z"), (ids[0], "pg-x")], delivered.Select(d => (d.Id, d.PlatformMessageId!)));
        Assert.Equal(OutboxStatus.Parked, (await outbox.GetAsync([ids[1]], default)).Single().Status);
    }

    [Fact]
    public async Task Deferred_rows_come_back_at_their_time_without_an_attempt_spent_and_only_the_owner_renews_a_lease()
    {
        var ids = (await EnqueueAsync("throttled")).Concat(await EnqueueAsync("held")).ToList();
        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        var owner = Guid.NewGuid();
        await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), owner, default);

        await outbox.DeferAsync([ids[0]], _fixture.Clock.GetUtcNow().AddSeconds(30), default);
        await outbox.RenewLeasesAsync(Guid.NewGuid(), [ids[1]], TimeSpan.FromMinutes(10), default);
        await outbox.RenewLeasesAsync(owner, [ids[1]], TimeSpan.FromMinutes(3), default);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(31));
        var again = Assert.Single(await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default));
        Assert.Equal((ids[0], 1), (again.Id, again.Attempt));
        await outbox.MarkSentAsync(ids[0], "pg-1", default);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default));
        _fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((ids[1], 2), await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default) is [var held] ? (held.Id, held.Attempt) : (0, 0));
    }

    [Fact]
    public async Task Parked_messages_are_listed_for_operators_with_their_reasons_newest_first()
    {
        var ids = (await EnqueueAsync("blocked")).Concat(await EnqueueAsync("archived")).Concat(await EnqueueAsync("fine")).ToList();
        var outbox = _fixture.Services.GetRequiredService<IOutboxStore>();
        await outbox.ClaimDueAsync(Platform.Playground, 10, TimeSpan.FromMinutes(1), default);
        await outbox.MarkParkedAsync(ids[0], "Bot Connector answered 403 ConversationBlockedByUser", default);
        await outbox.MarkParkedAsync(ids[1], "is_archived", default);

        var parked = await outbox.ListParkedAsync(10, default);

        Assert.Equal([(ids[1], "is_archived"), (ids[0], "Bot Connector answered 403 ConversationBlockedByUser")], parked.Select(p => (p.Id, p.LastError!)));
    }

    [Fact]
    public async Task The_inbox_accepts_a_turn_once_and_hands_it_out_once()
    {
        var inbox = _fixture.Services.GetRequiredService<ITurnInbox>();
        var turn = new InboundTurn
        {
            Where = new ConversationAddress(Platform.Slack, "T1", "C1"),
            Who = new MemberRef("U1", "Ana"),
            Kind = TurnKind.Command,
            Text = "status",
            DedupKey = "event:A1:Ev1",
        };

        Assert.True(await inbox.AcceptAsync(turn, default));
        Assert.False(await inbox.AcceptAsync(turn, default));
        var claimed = Assert.Single(await inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal(("status", "T1"), (claimed.Turn.Text, claimed.Turn.Where.WorkspaceId));
        Assert.Empty(await inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        await inbox.CompleteAsync([claimed.Id], default);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task A_turn_taken_as_unhandled_that_another_host_handled_meanwhile_commits_nothing()
    {
        var claimed = await AcceptAndClaimAsync("event:meanwhile");
        var turn = new TurnRecord("event:meanwhile", claimed);
        await using (var other = _fixture.Scope())
        {
            var unit = other.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(turn, default));
            await unit.CommitAsync(default);
        }

        await using var scope = _fixture.Scope();
        var late = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        // A claimed turn is not asked about again; its reply's key is the turn's own, so it is not looked up either.
        Assert.True(await late.BeginTurnAsync(turn, default));
        var reply = TurnReplyKey.Of(Platform.Slack, turn, 0);
        Assert.True(late.AddReply(Entry(reply)));

        Assert.Equal("event:meanwhile", (await Assert.ThrowsAsync<TurnHandledBeforeException>(() => late.CommitAsync(default))).DedupKey);
        // Its reply was not written: the same key can still be stored.
        Assert.Single(await EnqueueAsync(reply));
        // Run again (a retry), the turn's commit finds it handled again, and writes nothing.
        await using var retry = _fixture.Scope();
        var again = retry.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.True(await again.BeginTurnAsync(turn, default));
        Assert.True(again.AddReply(Entry(TurnReplyKey.Of(Platform.Slack, turn, 1))));
        await Assert.ThrowsAsync<TurnHandledBeforeException>(() => again.CommitAsync(default));
    }

    [Fact]
    public async Task A_claimed_turn_is_completed_by_its_commit_with_its_replies_and_never_handed_out_again()
    {
        var quick = await AcceptAndClaimAsync("event:quick");
        var changing = await AcceptAndClaimAsync("event:changing");
        await using (var scope = _fixture.Scope())
        {
            // Only a record and replies: the group commit.
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:quick", quick), default));
            Assert.True(unit.AddReply(Entry(TurnReplyKey.Of(Platform.Slack, new TurnRecord("event:quick", quick), 0))));
            Assert.Single(await unit.CommitAsync(default));
        }

        await using (var scope = _fixture.Scope())
        {
            // With a domain change as well: one EF save.
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord("event:changing", changing), default));
            await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().GetOrAddWorkspaceAsync(Platform.Slack, "T-new", default);
            Assert.True(unit.AddReply(Entry(TurnReplyKey.Of(Platform.Slack, new TurnRecord("event:changing", changing), 0))));
            Assert.Single(await unit.CommitAsync(default));
        }

        _fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await _fixture.Services.GetRequiredService<ITurnInbox>().ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        await using var again = _fixture.Scope();
        var second = again.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.True(await second.BeginTurnAsync(new TurnRecord("event:quick", quick), default));
        await Assert.ThrowsAsync<TurnHandledBeforeException>(() => second.CommitAsync(default));
        await using var third = _fixture.Scope();
        var changingAgain = third.ServiceProvider.GetRequiredService<IUnitOfWork>();
        Assert.True(await changingAgain.BeginTurnAsync(new TurnRecord("event:changing", changing), default));
        await third.ServiceProvider.GetRequiredService<ICollaborationStore>().GetOrAddWorkspaceAsync(Platform.Slack, "T-newer", default);
        await Assert.ThrowsAsync<TurnHandledBeforeException>(() => changingAgain.CommitAsync(default));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_turns_participation_signals_are_written_with_its_record_whichever_way_it_commits(bool withDomainChange)
    {
        // Team chatter records a signal and changes nothing else: the group commit. With a domain change: the EF save.
        var dedupKey = $"event:chatter-{withDomainChange}";
        var claimed = await AcceptAndClaimAsync(dedupKey);
        var member = Guid.NewGuid();
        await using (var scope = _fixture.Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            Assert.True(await unit.BeginTurnAsync(new TurnRecord(dedupKey, claimed), default));
            if (withDomainChange)
            {
                await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().GetOrAddWorkspaceAsync(Platform.Slack, "T-chatter", default);
            }

            scope.ServiceProvider.GetRequiredService<IParticipationLog>().Record(new ParticipationSignal(Guid.NewGuid(), member, ParticipationKind.Reply, _fixture.Clock.GetUtcNow()));
            Assert.Empty(await unit.CommitAsync(default));
        }

        await using var db = _fixture.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var signal = Assert.Single(await db.Set<ParticipationSignal>().Where(s => s.MemberId == member).ToListAsync());
        Assert.Equal((ParticipationKind.Reply, _fixture.Clock.GetUtcNow(), ParticipationSignal.DayOf(_fixture.Clock.GetUtcNow())), (signal.Kind, signal.At, signal.Day));
        Assert.NotNull((await db.Inbox.SingleAsync(t => t.Id == claimed)).CompletedAt);
    }

    /// <summary>Accepts a Slack turn with this key and claims it; returns its inbox id.</summary>
    private async Task<long> AcceptAndClaimAsync(string dedupKey)
    {
        var inbox = _fixture.Services.GetRequiredService<ITurnInbox>();
        Assert.True(await inbox.AcceptAsync(
            new InboundTurn
            {
                Where = new ConversationAddress(Platform.Slack, "T1", "C1"),
                Who = new MemberRef("U1", "Ana"),
                Kind = TurnKind.Command,
                Text = "status",
                DedupKey = dedupKey,
            },
            default));
        return Assert.Single(await inbox.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Id;
    }

    [Fact]
    public async Task Channel_state_is_kept_per_platform_and_deleted_by_prefix()
    {
        var state = _fixture.Services.GetRequiredService<IChannelStateStore>();
        await state.SetAsync(Platform.Slack, "install:T1", "v1", default);
        await state.SetAsync(Platform.Slack, "install:T1", "v2", default);
        await state.SetAsync(Platform.Slack, "install:T1:user", "x", default);
        await state.SetAsync(Platform.Teams, "install:T1", "teams", default);

        Assert.Equal("v2", await state.GetAsync(Platform.Slack, "install:T1", default));
        Assert.Equal(2, await state.DeleteByPrefixAsync(Platform.Slack, "install:T1", default));
        Assert.Null(await state.GetAsync(Platform.Slack, "install:T1", default));
        Assert.Equal("teams", await state.GetAsync(Platform.Teams, "install:T1", default));
    }

    private async Task<Guid> SaveTeamAsync()
    {
        await using var scope = _fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
        var now = _fixture.Clock.GetUtcNow();
        var workspace = await store.GetOrAddWorkspaceAsync(Platform.Slack, "T1", default);
        var collaboration = Collaboration.Start(workspace.Id, "C-lab", "Warm Homes", "UTC", "U-ana", "Ana", now);
        collaboration.SetChallenge("Cold homes");
        collaboration.SetPlannedLength(Phase.Test, 9);
        var ben = collaboration.Join("U-ben", "Ben", now);
        ben.SetSector(Sector.Citizen);
        ben.SetRoles(Role.Facilitator);
        ben.SetAssets(["tenant network", "survey data"]);
        ben.SetAwayUntil(new DateOnly(2026, 12, 31), new DateOnly(2026, 11, 23));
        ben.SetCheckInsWanted(false);
        collaboration.SetSummary("0 16 * * 5");
        collaboration.SetChannelPostBudget(6);
        collaboration.PauseUntil(new DateOnly(2027, 1, 4), new DateOnly(2026, 12, 21));
        store.Add(collaboration);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);

        // A second unit of work changes the loaded aggregate: a new member and a phase move.
        await using var later = _fixture.Scope();
        var loaded = (await later.ServiceProvider.GetRequiredService<ICollaborationStore>().FindAsync(collaboration.Id, default))!;
        _fixture.Clock.Advance(TimeSpan.FromDays(3));
        loaded.MoveToNextPhase(loaded.FindMember("U-ana")!, _fixture.Clock.GetUtcNow());
        loaded.Join("U-chloe", "Chloe", _fixture.Clock.GetUtcNow());
        await later.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        return collaboration.Id;
    }

    private async Task<IReadOnlyList<long>> EnqueueAsync(string key, string? unsolicitedTo = null, DateTimeOffset? notBefore = null, Platform platform = Platform.Playground)
    {
        await using var scope = _fixture.Scope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unit.EnqueueAsync(Entry(key, unsolicitedTo, notBefore) with { To = new ConversationAddress(platform, "playground", "lab") }, default);
        return await unit.CommitAsync(default);
    }

    private static OutboxEntry Entry(string key, string? unsolicitedTo = null, DateTimeOffset? notBefore = null) => new()
    {
        To = new ConversationAddress(Platform.Playground, "playground", "lab"),
        Visibility = unsolicitedTo is null ? Visibility.Channel : Visibility.Direct,
        RecipientUserId = unsolicitedTo,
        Unsolicited = unsolicitedTo is not null,
        NotBefore = notBefore,
        Message = new OutboundMessage("Hello"),
        IdempotencyKey = key,
    };
}

public sealed class SqliteStoreFacts() : StoreContract(DatabaseProvider.Sqlite);

public sealed class PostgresStoreFacts() : StoreContract(DatabaseProvider.Postgres);
