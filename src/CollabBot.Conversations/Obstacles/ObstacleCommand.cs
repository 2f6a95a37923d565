using CollabBot.Conversations.Commands;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

public sealed class ObstacleCommand : IBotCommand
{
    public string Name => "obstacle";
    public string Usage => "obstacle <text>";
    public string Summary => "Put something in the team's way on the obstacles list; sponsors hear of it after two weeks.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (await RaiseConcern.RaiseAsync(context, ConcernKind.Obstacle, arguments, null, cancellationToken) is { } obstacle)
        {
            context.ReplyToCaller($"Obstacle {obstacle.Number} noted: {obstacle.Text}. Whoever removes it: `done obstacle {obstacle.Number}`.");
        }
    }
}
