using CollabBot.Conversations.Commands;
using CollabBot.Domain.Network;

namespace CollabBot.Conversations.Network;

public sealed class EndorseCommand : IBotCommand
{
    public string Name => "endorse";
    public string Usage => "endorse <what>";
    public string Summary => "Sponsors: endorse the team's work, so it counts as reaching outside the team.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        Outreach.Record(context, OutreachKind.Endorsed, arguments, "Noted: you endorse the team's work.");
        return Task.CompletedTask;
    }
}
