using CollabBot.Conversations.Actions;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Obstacles;
using CollabBot.Conversations.Phases;
using CollabBot.Domain.Agenda;
using CollabBot.Domain.Collaborations;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Agenda;

/// <summary>
/// <c>agenda</c> drafts the next meeting's agenda (issue 28, point 5) for the caller; <c>agenda post</c> puts the same
/// draft in the channel. It holds open proposals, reservations coming back, open obstacles, overdue actions and what
/// the current phase's checklist still lacks.
/// </summary>
public sealed class AgendaCommand : IBotCommand
{
    /// <summary>Points listed per part of the agenda; more are counted.</summary>
    public const int MaxPerPart = 5;

    public string Name => "agenda";
    public string Usage => "agenda [post]";
    public string Summary => "Draft the next meeting's agenda: open proposals, returning reservations, obstacles, overdue actions, what the phase lacks.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var post = arguments.Trim().Equals("post", StringComparison.OrdinalIgnoreCase);
        if (!post && arguments.Trim().Length > 0)
        {
            context.Refuse("Write `agenda` for a draft only you see, or `agenda post` to put it in the channel.");
            return;
        }

        var services = context.Services;
        var today = ActionText.Today(collaboration, context.Now);
        var draft = MeetingAgenda.Draft(
            collaboration,
            await services.GetRequiredService<IDecisionStore>().ListAsync(collaboration.Id, cancellationToken),
            await services.GetRequiredService<IConcernStore>().ListAsync(collaboration.Id, cancellationToken),
            await services.GetRequiredService<IActionStore>().ListAsync(collaboration.Id, cancellationToken),
            await PhaseEvidence.ChecklistAsync(collaboration, services, cancellationToken),
            context.Now,
            today);
        var text = draft.IsEmpty ? $"Nothing is waiting for the next meeting of {collaboration.Name}." : $"Draft agenda for the next meeting of {collaboration.Name}.";
        var card = draft.IsEmpty ? null : Card(draft, collaboration, context.Now, today);
        if (post)
        {
            context.ReplyToChannel(text, card);
        }
        else
        {
            context.ReplyToCaller(text, card);
        }
    }

    public static Card Card(AgendaDraft draft, Collaboration collaboration, DateTimeOffset now, DateOnly today)
    {
        var zone = TimeZones.TryResolve(collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        var facts = new List<CardFact>();
        Add(facts, "Open proposals", draft.OpenDecisions.Select(d => $"{d.Number}. {Excerpt.Of(d.Text, 120)} (closes {DecisionCard.Local(d.ClosesAt, zone)})").ToList());
        Add(facts, "Reservations coming back", draft.Reservations
            .Select(r => $"proposal {r.Decision.Number}: {MemberNames.Of(collaboration, r.Position.MemberId)}, {Excerpt.Of(r.Position.Reason, 120)}").ToList());
        Add(facts, "Obstacles", draft.Obstacles.Select(c => $"{c.Number}. {Excerpt.Of(c.Text, 120)} (open {(int)(now - c.RaisedAt).TotalDays} days)").ToList());
        Add(facts, "Overdue actions", draft.OverdueActions.Select(a => ActionText.Line(a, collaboration, today)).ToList());
        Add(facts, $"What {collaboration.CurrentPhase} still lacks", draft.PhaseLacks.ToList());
        return new Card
        {
            Title = $"Next meeting: {collaboration.Name}",
            Facts = facts,
            Note = "A draft: add or drop points as the team sees fit. `agenda post` shares it in the channel.",
        };
    }

    private static void Add(List<CardFact> facts, string part, IReadOnlyList<string> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        var shown = string.Join("\n", points.Take(MaxPerPart).Select(p => "• " + p));
        facts.Add(new CardFact($"{part} ({points.Count})", points.Count > MaxPerPart ? $"{shown}\nand {points.Count - MaxPerPart} more" : shown));
    }
}
