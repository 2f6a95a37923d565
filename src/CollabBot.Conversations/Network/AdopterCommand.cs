using CollabBot.Conversations.Commands;
using CollabBot.Domain.Network;

namespace CollabBot.Conversations.Network;

public sealed class AdopterCommand : IBotCommand
{
    public string Name => "adopter";
    public string Usage => "adopter <who>";
    public string Summary => "Name someone outside the team who takes up the work.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        Outreach.Record(context, OutreachKind.Adopter, arguments, "Noted: someone outside the team takes up the work.");
        return Task.CompletedTask;
    }
}
