using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Glossary;

public sealed class ConfirmCommand : IBotCommand
{
    public string Name => "confirm";
    public string Usage => "confirm <term or id>";
    public string Summary => "Conveners: accept a proposed definition for the team.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken) =>
        AgreeCommand.SettleAsync(context, arguments, confirm: true, cancellationToken);
}
