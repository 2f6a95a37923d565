using CollabBot.Conversations.Commands;
using CollabBot.Domain.Network;

namespace CollabBot.Conversations.Network;

public sealed class SharedCommand : IBotCommand
{
    public string Name => "shared";
    public string Usage => "shared <where>";
    public string Summary => "Tell the team where you shared the work outside it (a meeting, a newsletter, another organisation).";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        Outreach.Record(context, OutreachKind.Shared, arguments, "Noted: you shared the work outside the team.");
        return Task.CompletedTask;
    }
}
