using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Ideas;
using CollabBot.Conversations.Obstacles;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Retention;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Retention;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>The convening tools' stores, on SQLite and on PostgreSQL.</summary>
public abstract class ConveningStoreContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_decision_comes_back_with_changed_positions_and_is_found_when_due_and_when_its_reservations_are_due()
    {
        var now = _fixture.Clock.GetUtcNow();
        var (collaboration, decisionId) = await SaveDecisionAsync(now);

        await using (var scope = _fixture.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDecisionStore>();
            Assert.Empty(await store.DueToCloseAsync(now.AddDays(6), PlatformScope.All, default));
            Assert.Equal([decisionId], await store.DueToCloseAsync(now.AddDays(7), PlatformScope.All, default));
            var decision = (await store.FindAsync(collaboration.Id, 1, default))!;
            Assert.Equal((Stance.AgreeWithReservations, "ask tenants"), (decision.Positions.Single().Stance, decision.Positions.Single().Reason));
            decision.Close(collaboration.Members.Select(m => m.Id).ToList(), now.AddDays(7));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var later = _fixture.Scope();
        var decisions = later.ServiceProvider.GetRequiredService<IDecisionStore>();
        Assert.Equal(2, await decisions.NextNumberAsync(collaboration.Id, default));
        Assert.Empty(await decisions.DueToCloseAsync(now.AddDays(30), PlatformScope.All, default));
        Assert.Empty(await decisions.WithReservationsDueAsync(now.AddDays(6), PlatformScope.All, default));
        Assert.Equal([decisionId], await decisions.WithReservationsDueAsync(now.AddDays(7), PlatformScope.All, default));
    }

    [Fact]
    public async Task Signals_past_retention_become_monthly_tallies_without_members()
    {
        var now = _fixture.Clock.GetUtcNow();
        var (collaboration, _) = await SaveDecisionAsync(now);
        var ana = collaboration.Members[0].Id;
        await using (var scope = _fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CollabDbContext>();
            db.AddRange(
                new ParticipationSignal(collaboration.Id, ana, ParticipationKind.Message, new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero)),
                new ParticipationSignal(collaboration.Id, ana, ParticipationKind.Message, new DateTimeOffset(2025, 3, 30, 9, 0, 0, TimeSpan.Zero)),
                new ParticipationSignal(collaboration.Id, ana, ParticipationKind.Vote, new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero)),
                new ParticipationSignal(collaboration.Id, ana, ParticipationKind.Message, now),
                new SignalRecord(collaboration.Id, ana, SignalKind.Alert, new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero)),
                new SignalRecord(collaboration.Id, ana, SignalKind.Alert, now));
            await db.SaveChangesAsync();
        }

        await using (var scope = _fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IParticipationStore>().RefreshDailyTotalsAsync(default);
        }

        await using (var scope = _fixture.Scope())
        {
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<ISignalRetention>().FoldAsync(now.AddDays(-365), 100, default));
        }

        await using var check = _fixture.Scope();
        var read = check.ServiceProvider.GetRequiredService<CollabDbContext>();
        Assert.Equal([now], await read.Set<ParticipationSignal>().Select(s => s.At).ToListAsync());
        Assert.Equal([now], await read.Set<SignalRecord>().Select(r => r.At).ToListAsync());
        // Only today's daily total is left: the days of the folded signals went with them.
        Assert.Equal(1L, await read.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM participation_days").SingleAsync());
        var tallies = await read.Set<SignalTally>().OrderBy(t => t.Kind).ToListAsync();
        Assert.Equal([(ParticipationKind.Message, new DateOnly(2025, 3, 1), 2), (ParticipationKind.Vote, new DateOnly(2025, 4, 1), 1)],
            tallies.Select(t => (t.Kind, t.Month, t.Count)));
    }

    [Fact]
    public async Task A_decision_is_due_for_its_reminder_once_24_hours_before_it_closes()
    {
        var now = _fixture.Clock.GetUtcNow();
        var (_, decisionId) = await SaveDecisionAsync(now);
        await using (var scope = _fixture.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDecisionStore>();
            Assert.Empty(await store.RemindersDueAsync(now.AddDays(6).AddMinutes(-1), PlatformScope.All, default));
            Assert.Equal([decisionId], await store.RemindersDueAsync(now.AddDays(6), PlatformScope.All, default));
            (await store.GetAsync(decisionId, default))!.MarkReminded(now.AddDays(6));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var later = _fixture.Scope();
        Assert.Empty(await later.ServiceProvider.GetRequiredService<IDecisionStore>().RemindersDueAsync(now.AddDays(6).AddHours(1), PlatformScope.All, default));
    }

    [Fact]
    public async Task Ideas_keep_support_tags_and_origins_and_actions_share_one_numbering_with_obstacles()
    {
        var now = _fixture.Clock.GetUtcNow();
        var (collaboration, _) = await SaveDecisionAsync(now);
        await using (var scope = _fixture.Scope())
        {
            var team = (await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().FindAsync(collaboration.Id, default))!;
            team.Join("U-ben", "Ben", now).SetSector(Sector.Citizen);
            var (ana, ben) = (team.Members[0], team.Members[1]);
            var ideas = scope.ServiceProvider.GetRequiredService<IIdeaStore>();
            var idea = Idea.Post(team.Id, await ideas.NextNumberAsync(team.Id, default), "A repair café", ben, Phase.Ideate, now);
            idea.SupportBy(ana.Id);
            idea.Tag(["repair", "#tenants"]);
            ideas.Add(idea);
            scope.ServiceProvider.GetRequiredService<IConcernStore>().Add(Concern.Raise(team.Id, 1, ConcernKind.Obstacle, "no room", ana.Id, null, now));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);

            var actions = scope.ServiceProvider.GetRequiredService<IActionStore>();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            actions.Add(ActionItem.Note(team.Id, await actions.NextNumberAsync(team.Id, default), "book the hall", ana.Id, ben.Id, today.AddDays(3), Phase.Ideate, today, now));
            actions.Add(ActionItem.Note(team.Id, 3, "no owner yet", ana.Id, null, today.AddDays(1), Phase.Ideate, today, now));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var later = _fixture.Scope();
        var stored = Assert.Single(await later.ServiceProvider.GetRequiredService<IIdeaStore>().ListAsync(collaboration.Id, default));
        Assert.Equal(1, stored.Support);
        Assert.Equal(["repair", "tenants"], stored.Tags);
        var origin = Assert.Single(await later.ServiceProvider.GetRequiredService<IIdeaStore>().OriginsSinceAsync(new CollaborationScope.Only([collaboration.Id]), now.AddDays(-14), default));
        Assert.Equal((collaboration.Id, Sector.Citizen), (origin.CollaborationId, origin.Origin.Sector));
        Assert.Empty(await later.ServiceProvider.GetRequiredService<IIdeaStore>().OriginsSinceAsync(new CollaborationScope.Only([collaboration.Id]), now.AddMinutes(1), default));

        var store = later.ServiceProvider.GetRequiredService<IActionStore>();
        // Each kind is numbered from 1: the first action is 1 though obstacle 1 came before it.
        Assert.Equal([1, 3], (await store.ListAsync(collaboration.Id, default)).Select(a => a.Number));
        Assert.Equal(4, await store.NextNumberAsync(collaboration.Id, default));
        var concerns = later.ServiceProvider.GetRequiredService<IConcernStore>();
        Assert.Equal((2, 1), (await concerns.NextNumberAsync(collaboration.Id, ConcernKind.Obstacle, default), await concerns.NextNumberAsync(collaboration.Id, ConcernKind.Risk, default)));
        var today2 = DateOnly.FromDateTime(now.UtcDateTime);
        // Action 3 has no owner; action 1 is due in three days.
        Assert.Empty(await store.ReminderCandidatesAsync(today2.AddDays(-1), today2.AddDays(2), PlatformScope.All, default));
        Assert.Empty(await store.ReminderCandidatesAsync(today2.AddDays(4), today2.AddDays(7), PlatformScope.All, default));
        var due = Assert.Single(await store.ReminderCandidatesAsync(today2.AddDays(2), today2.AddDays(5), PlatformScope.All, default));
        Assert.Equal(1, (await store.GetAsync(due, default))!.Number);
    }

    private async Task<(Collaboration Collaboration, Guid DecisionId)> SaveDecisionAsync(DateTimeOffset now)
    {
        await using var scope = _fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
        var workspace = await store.GetOrAddWorkspaceAsync(Platform.Slack, "T1", default);
        var collaboration = Collaboration.Start(workspace.Id, "C-lab", "Warm Homes", "UTC", "U-ana", "Ana", now);
        store.Add(collaboration);
        var decision = Decision.Propose(collaboration.Id, 1, "Pilot in Block C", collaboration.Members[0].Id, now, now.AddDays(7));
        decision.TakePosition(collaboration.Members[0].Id, Stance.Agree, null, now);
        decision.TakePosition(collaboration.Members[0].Id, Stance.AgreeWithReservations, "ask tenants", now);
        scope.ServiceProvider.GetRequiredService<IDecisionStore>().Add(decision);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        return (collaboration, decision.Id);
    }
}

public sealed class SqliteConveningStoreFacts() : ConveningStoreContract(DatabaseProvider.Sqlite);

public sealed class PostgresConveningStoreFacts() : ConveningStoreContract(DatabaseProvider.Postgres);
