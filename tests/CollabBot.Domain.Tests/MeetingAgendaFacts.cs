using CollabBot.Domain.Actions;
using CollabBot.Domain.Agenda;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 28, point 5: what a drafted agenda holds, and in which order.</summary>
public sealed class MeetingAgendaFacts
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void The_agenda_holds_open_proposals_returning_reservations_open_obstacles_overdue_actions_and_the_phase_lacks()
    {
        var team = Builders.Collaboration(_clock);
        var ben = team.AddMember("U-ben", Sector.Citizen, _clock);
        var start = _clock.GetUtcNow();
        var comesBack = Agreed(team, 1, start, ben.Id, "ask tenants first");
        _clock.Advance(TimeSpan.FromDays(5));
        var later = Agreed(team, 2, _clock.GetUtcNow(), ben.Id, "costs");
        var resolved = Agreed(team, 3, start, ben.Id, "colour");
        resolved.ResolveReservation(ben.Id, start.AddDays(1));
        var closesLast = Decision.Propose(team.Id, 4, "Paint the stairwell", ben.Id, start, start.AddDays(40));
        var closesFirst = Decision.Propose(team.Id, 5, "Book the hall", ben.Id, start, start.AddDays(30));
        var today = DateOnly.FromDateTime(start.AddDays(23).DateTime);
        var oldObstacle = Concern.Raise(team.Id, 1, ConcernKind.Obstacle, "No meeting room", ben.Id, null, start);
        var risk = Concern.Raise(team.Id, 2, ConcernKind.Risk, "Rents rise", ben.Id, null, start);
        var newObstacle = Concern.Raise(team.Id, 3, ConcernKind.Obstacle, "Board silent", ben.Id, null, start.AddDays(3));
        var removed = Concern.Raise(team.Id, 4, ConcernKind.Obstacle, "Keys lost", ben.Id, null, start);
        removed.MarkDone(start.AddDays(1));
        var monday = DateOnly.FromDateTime(start.DateTime);
        var overdueLong = ActionItem.Note(team.Id, 6, "Call the board", ben.Id, ben.Id, monday.AddDays(3), Phase.Understand, monday, start);
        var overdueShort = ActionItem.Note(team.Id, 5, "Print flyers", ben.Id, ben.Id, monday.AddDays(20), Phase.Understand, monday, start);
        var notYet = ActionItem.Note(team.Id, 7, "Survey", ben.Id, ben.Id, today, Phase.Understand, monday, start);
        ChecklistItem[] checklist = [new("Challenge stated", false), new("Perspectives from several sectors", true), new("Key terms defined", null)];

        var agenda = MeetingAgenda.Draft(team, [closesLast, comesBack, later, resolved, closesFirst], [oldObstacle, risk, newObstacle, removed],
            [overdueShort, notYet, overdueLong], checklist, start.AddDays(23), today);

        Assert.Equal([5, 4], agenda.OpenDecisions.Select(d => d.Number));
        Assert.Equal([1], agenda.Reservations.Select(r => r.Decision.Number)); // proposal 2 comes back in 10 days, 3 was resolved
        Assert.Equal([1, 3], agenda.Obstacles.Select(c => c.Number));
        Assert.Equal([6, 5], agenda.OverdueActions.Select(a => a.Number));
        Assert.Equal(["Challenge stated"], agenda.PhaseLacks);
        Assert.False(agenda.IsEmpty);
    }

    [Fact]
    public void A_team_with_nothing_waiting_has_an_empty_agenda()
    {
        var team = Builders.Collaboration(_clock);

        var agenda = MeetingAgenda.Draft(team, [], [], [], [new("Challenge stated", true)], _clock.GetUtcNow(), DateOnly.FromDateTime(_clock.GetUtcNow().DateTime));

        Assert.True(agenda.IsEmpty);
    }

    private static Decision Agreed(Collaboration team, int number, DateTimeOffset at, Guid holder, string reservation)
    {
        var decision = Decision.Propose(team.Id, number, $"Proposal {number}", team.Convener().Id, at, at.AddDays(1));
        decision.TakePosition(team.Convener().Id, Stance.Agree, null, at);
        decision.TakePosition(holder, Stance.AgreeWithReservations, reservation, at);
        decision.Close(team.Members.Select(m => m.Id).ToList(), at.AddHours(1));
        return decision;
    }
}
