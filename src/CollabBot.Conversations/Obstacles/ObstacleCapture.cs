using CollabBot.Conversations.Commands;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Obstacles;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Obstacles;

/// <summary>An obstacle named in a check-in answer goes on the team's obstacles list (issue 8, point 6).</summary>
public static class ObstacleCapture
{
    public static async Task FromCheckInAsync(CommandContext context, Collaboration collaboration, Member member, string? obstacle, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(obstacle))
        {
            return;
        }

        var store = context.Services.GetRequiredService<IConcernStore>();
        var text = obstacle.Trim();
        var concern = Concern.Raise(collaboration.Id, await store.NextNumberAsync(collaboration.Id, ConcernKind.Obstacle, cancellationToken), ConcernKind.Obstacle,
            text.Length <= Concern.MaxTextLength ? text : text[..Concern.MaxTextLength], member.Id, null, context.Now);
        store.Add(concern);
        context.ReplyToCaller($"Your obstacle is on the team's list as obstacle {concern.Number}; `obstacles` shows them all.");
    }
}
