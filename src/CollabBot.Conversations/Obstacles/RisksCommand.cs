using CollabBot.Conversations.Commands;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

public sealed class RisksCommand : IBotCommand
{
    public string Name => "risks";
    public string Usage => "risks";
    public string Summary => "The open risks and their owners.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken) =>
        ConcernList.ShowAsync(context, ConcernKind.Risk, cancellationToken);
}
