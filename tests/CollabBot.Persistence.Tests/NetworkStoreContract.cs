using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Network;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Privacy;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Network;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Persistence.Tests;

/// <summary>Issue 27, items 1 and 2: the network stage's evidence, plain words and kept disagreements, on SQLite and on PostgreSQL.</summary>
public abstract class NetworkStoreContract(DatabaseProvider provider) : IAsyncLifetime
{
    private StoreFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await StoreFixture.CreateAsync(provider);

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task The_stage_evidence_comes_back_for_a_scope_with_the_latest_closed_decision_and_the_last_stage_announced()
    {
        var now = _fixture.Clock.GetUtcNow();
        var collaboration = await SaveTeamAsync(now);
        var (ana, ben) = (collaboration.Members[0], collaboration.Members[1]);

        await using (var scope = _fixture.Scope())
        {
            var network = scope.ServiceProvider.GetRequiredService<INetworkStore>();
            network.Add(new OutreachReport(collaboration.Id, ben.Id, OutreachKind.Shared, "at the district council", now));
            network.Add(new StageChange(collaboration.Id, NetworkStage.Integration, "3 sectors", now.AddDays(-8)));
            network.Add(new StageChange(collaboration.Id, NetworkStage.Linking, "shared at 1 place", now));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var later = _fixture.Scope();
        var facts = (await later.ServiceProvider.GetRequiredService<INetworkStore>().FactsAsync(new CollaborationScope.Only([collaboration.Id]), default))[collaboration.Id];
        Assert.Equal([ana.Id], facts.Committed);
        Assert.Equal(2, facts.LatestClosedDecision!.Number);
        Assert.Equal(2, facts.LatestClosedDecision.Turnout([ana.Id, ben.Id]).TookPart);
        Assert.Equal("at the district council", Assert.Single(facts.Outreach).Text);
        Assert.Equal(NetworkStage.Linking, facts.LastAnnounced!.Stage);
    }

    [Fact]
    public async Task One_teams_facts_for_status_count_contributions_per_member_and_day_from_the_raw_signals()
    {
        var now = _fixture.Clock.GetUtcNow();
        var collaboration = await SaveTeamAsync(now);
        var (ana, ben) = (collaboration.Members[0], collaboration.Members[1]);
        await using (var scope = _fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CollabDbContext>();
            db.AddRange(
                new ParticipationSignal(collaboration.Id, ana.Id, ParticipationKind.Message, now.AddDays(-29)),
                new ParticipationSignal(collaboration.Id, ana.Id, ParticipationKind.Message, now.AddDays(-3)),
                new ParticipationSignal(collaboration.Id, ana.Id, ParticipationKind.Vote, now.AddDays(-3).AddMinutes(5)),
                new ParticipationSignal(collaboration.Id, ben.Id, ParticipationKind.Message, now));
            scope.ServiceProvider.GetRequiredService<INetworkStore>().Add(new OutreachReport(collaboration.Id, ben.Id, OutreachKind.Endorsed, "the pilot", now));
            await db.SaveChangesAsync();
        }

        await using var later = _fixture.Scope();
        var (facts, days) = await later.ServiceProvider.GetRequiredService<INetworkStore>().FactsForAsync(
            collaboration.Id, collaboration.Members.Select(m => m.Id).ToList(), now.AddDays(-28), default);

        Assert.Equal([(ana.Id, ParticipationSignal.DayOf(now.AddDays(-3)), 2), (ben.Id, ParticipationSignal.DayOf(now), 1)],
            days.OrderBy(d => d.Day).Select(d => (d.MemberId, d.Day, d.Count)));
        Assert.Equal([ana.Id], facts.Committed);
        Assert.Equal(2, facts.LatestClosedDecision!.Number);
        Assert.Equal(OutreachKind.Endorsed, Assert.Single(facts.Outreach).Kind);
    }

    [Fact]
    public async Task A_citizens_kept_disagreement_is_due_like_a_reservation_and_plain_words_are_kept()
    {
        var now = _fixture.Clock.GetUtcNow();
        var collaboration = await SaveTeamAsync(now);

        await using var scope = _fixture.Scope();
        var decisions = scope.ServiceProvider.GetRequiredService<IDecisionStore>();
        var kept = (await decisions.FindAsync(collaboration.Id, 2, default))!.Positions.Single(p => p.Stance == Stance.Disagree);
        Assert.True(kept.KeptAsReservation);
        var decisionId = (await decisions.FindAsync(collaboration.Id, 2, default))!.Id;
        // Asked with "closed by": proposal 2 closed a day ago.
        Assert.Empty(await decisions.WithReservationsDueAsync(now.AddDays(-1).AddSeconds(-1), PlatformScope.All, default));
        Assert.Equal([decisionId], await decisions.WithReservationsDueAsync(now.AddDays(-1), PlatformScope.All, default));
        var ben = (await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().FindAsync(collaboration.Id, default))!.Members.Single(m => m.PlatformUserId == "U-ben");
        Assert.True(ben.PlainLanguage);
    }

    [Fact]
    public async Task Forgetting_a_member_keeps_where_they_shared_the_work_without_their_name()
    {
        var now = _fixture.Clock.GetUtcNow();
        var collaboration = await SaveTeamAsync(now);
        var ben = collaboration.Members[1];
        await using (var scope = _fixture.Scope())
        {
            scope.ServiceProvider.GetRequiredService<INetworkStore>().Add(new OutreachReport(collaboration.Id, ben.Id, OutreachKind.Adopter, "Aarhus", now));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using (var scope = _fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IPersonalDataEraser>().EraseAsync(new PersonToErase(Platform.Slack, "T1", collaboration.Id, ben.Id, "U-ben", null), default);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        }

        await using var later = _fixture.Scope();
        var report = Assert.Single((await later.ServiceProvider.GetRequiredService<INetworkStore>().FactsAsync(new CollaborationScope.Only([collaboration.Id]), default))[collaboration.Id].Outreach);
        Assert.Equal(("Aarhus", (Guid?)null), (report.Text, report.MemberId));
    }

    /// <summary>Ana (public) committed; Ben (citizen, plain words) disagreed with proposal 2, which the team agreed a day ago; proposal 1 closed before it.</summary>
    private async Task<Collaboration> SaveTeamAsync(DateTimeOffset now)
    {
        await using var scope = _fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
        var workspace = await store.GetOrAddWorkspaceAsync(Platform.Slack, "T1", default);
        var collaboration = Collaboration.Start(workspace.Id, "C-lab", "Warm Homes", "UTC", "U-ana", "Ana", now.AddDays(-30));
        collaboration.Members[0].SetSector(Sector.PublicAgency);
        var ben = collaboration.Join("U-ben", "Ben", now.AddDays(-30));
        ben.SetSector(Sector.Citizen);
        ben.SetPlainLanguage(true);
        var chloe = collaboration.Join("U-chloe", "Chloe", now.AddDays(-30));
        store.Add(collaboration);
        scope.ServiceProvider.GetRequiredService<ICheckInStore>().AddCommitment(new Commitment(collaboration.Id, collaboration.Members[0].Id, "a pilot street", "data", now));
        var members = collaboration.Members.Select(m => m.Id).ToList();
        var first = Decision.Propose(collaboration.Id, 1, "Meet on Mondays", members[0], now.AddDays(-20), now.AddDays(-19));
        first.TakePosition(members[0], Stance.Agree, null, now.AddDays(-20));
        first.Close(members, now.AddDays(-19));
        var second = Decision.Propose(collaboration.Id, 2, "Pilot in Block C", members[0], now.AddDays(-10), now.AddDays(-1));
        second.TakePosition(members[0], Stance.Agree, null, now.AddDays(-10));
        second.TakePosition(chloe.Id, Stance.Agree, null, now.AddDays(-10));
        second.TakePosition(ben.Id, Stance.Disagree, "the rent goes up", now.AddDays(-10));
        second.Close(members, now.AddDays(-1), new HashSet<Guid> { ben.Id });
        var decisions = scope.ServiceProvider.GetRequiredService<IDecisionStore>();
        decisions.Add(first);
        decisions.Add(second);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(default);
        return collaboration;
    }
}

public sealed class SqliteNetworkStoreFacts() : NetworkStoreContract(DatabaseProvider.Sqlite);

public sealed class PostgresNetworkStoreFacts() : NetworkStoreContract(DatabaseProvider.Postgres);
