using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Retrospectives;
using CollabBot.Domain.Members;
using CollabBot.Domain.Retrospectives;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Collaborations;

/// <summary>The bot shows what is missing and asks the convener to confirm; it never blocks (DOMAIN.md §1).</summary>
public sealed class PhaseCommand : IBotCommand
{
    public string Name => "phase";
    public string Usage => "phase [next | plan <phase> <n> weeks]";
    public string Summary => "Show the current phase and its checklist; conveners move on with `phase next` and set planned lengths with `phase plan ideate 6 weeks`.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Equals("plan", StringComparison.OrdinalIgnoreCase) || arguments.StartsWith("plan ", StringComparison.OrdinalIgnoreCase))
        {
            PhasePlan.Run(context, arguments[4..].Trim());
            return;
        }

        var checklist = await PhaseEvidence.ChecklistAsync(collaboration, context.Services, cancellationToken);
        if (arguments.Length == 0)
        {
            context.ReplyToCaller($"{collaboration.Name} is in {collaboration.CurrentPhase}.", PhaseCard.For(collaboration, context.Now, checklist));
            return;
        }

        var confirmed = arguments.Equals("next confirm", StringComparison.OrdinalIgnoreCase);
        if (!confirmed && !arguments.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            context.Refuse($"`phase {Excerpt.Of(arguments)}` is not a phase command. Use `phase` to see the phase, `phase next` to move on or `phase plan` for planned lengths.");
            return;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can move the collaboration to the next phase.");
            return;
        }

        var unmet = checklist.Where(i => i.Met == false).Select(i => i.Text).ToList();
        if (unmet.Count > 0 && !confirmed)
        {
            context.ReplyToCaller($"{collaboration.CurrentPhase} still lacks: {string.Join("; ", unmet)}. Move on anyway?", new Card
            {
                Title = $"Leave {collaboration.CurrentPhase}?",
                Body = "Leaders decide when to move on; this is what the bot has not seen yet.",
                Facts = unmet.Select(u => new CardFact("✗", u)).ToList(),
                Actions = [new CardAction { Id = "phase-next-confirm", Title = "Move on", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { [CardActionText.CommandKey] = "phase next confirm" } }],
            });
            return;
        }

        var from = collaboration.CurrentPhase;
        collaboration.MoveToNextPhase(caller, context.Now);
        var next = await PhaseEvidence.ChecklistAsync(collaboration, context.Services, cancellationToken);
        var retrospective = Retrospective.Open(collaboration, from, context.Now);
        context.Services.GetRequiredService<IRetrospectiveStore>().Add(retrospective);
        context.ReplyToChannel(
            $"{caller.DisplayName} moved *{collaboration.Name}* from {from} to {collaboration.CurrentPhase}. {RetrospectiveText.Invitation(collaboration, retrospective)}",
            PhaseCard.For(collaboration, context.Now, next));
    }
}
