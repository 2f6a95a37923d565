using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Decisions;

public sealed class ReservationsCommand : IBotCommand
{
    public string Name => "reservations";
    public string Usage => "reservations";
    public string Summary => "The open reservations on agreed and open proposals, with who holds them.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var members = collaboration.Members.Select(m => m.Id).ToHashSet();
        var decisions = await context.Services.GetRequiredService<IDecisionStore>().ListAsync(collaboration.Id, cancellationToken);
        var facts = decisions
            .Where(d => d.IsOpen || d.Outcome == DecisionOutcome.ProvisionallyAgreed)
            .SelectMany(d => d.CountedPositions(members).Where(p => p.IsOpenReservation).Select(p => new CardFact(
                $"Proposal {d.Number} ({DecisionCard.Outcome(d)}): {MemberNames.Of(collaboration, p.MemberId)}",
                $"{p.Reason ?? "(no reason given)"} — on: {d.Text}")))
            .ToList();
        if (facts.Count == 0)
        {
            context.ReplyToCaller("No open reservations. Agreements stand without reservations for now.");
            return;
        }

        context.ReplyToCaller($"{facts.Count} open reservation(s).", new Card
        {
            Title = "Open reservations",
            Facts = facts,
            Note = "A holder settles theirs with `resolve <id>`. Reservations on agreed proposals come back to the team four weeks after the decision.",
        });
    }
}
