using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

public sealed class ObstacleCommand : IBotCommand
{
    public string Name => "obstacle";
    public string Usage => "obstacle <text> [for @member]";
    public string Summary => "Put something in the team's way on the obstacles list; if it is still open after two weeks, the member named with `for @member` hears of it, or else the sponsors.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (text, removerId) = (arguments, (Guid?)null);
        // "no budget for printing" stays text: only "for" followed by a member's mention and nothing else names a remover.
        var at = arguments.LastIndexOf(" for ", StringComparison.OrdinalIgnoreCase);
        if (at >= 0 && MemberMention.Resolve(arguments[(at + 5)..], collaboration, context.Turn.Mentions) is { Rest.Length: 0 } mention)
        {
            if (collaboration.FindMember(mention.UserId) is not { } remover)
            {
                context.Refuse($"{mention.DisplayName} is not in {collaboration.Name}; name a member who can remove it, or leave `for` out and the sponsors hear of it.");
                return;
            }

            (text, removerId) = (arguments[..at], remover.Id);
        }

        if (await RaiseConcern.RaiseAsync(context, ConcernKind.Obstacle, text, removerId, cancellationToken) is { } obstacle)
        {
            var routed = removerId is null ? "" : $" {MemberNames.Of(collaboration, removerId)} hears of it if it is still open in two weeks.";
            context.ReplyToCaller($"Obstacle {obstacle.Number} noted: {obstacle.Text}.{routed} Whoever removes it: `done obstacle {obstacle.Number}`.");
        }
    }
}
