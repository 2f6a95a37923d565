using CollabBot.Conversations.Commands;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

public sealed class ObstaclesCommand : IBotCommand
{
    public string Name => "obstacles";
    public string Usage => "obstacles";
    public string Summary => "The open obstacles.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken) =>
        ConcernList.ShowAsync(context, ConcernKind.Obstacle, cancellationToken);
}
