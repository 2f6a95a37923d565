using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class CommitCommand : IBotCommand
{
    public string Name => "commit";
    public string Usage => "commit <what I want from the next cycle>; <what I will put in>";
    public string Summary => "Your value commitment for the next cycle; check-ins ask how well the collaboration served it.";
    public bool Contributes => true;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var parts = arguments.Split(';', 2, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0)
        {
            context.Refuse("Say what you want and what you will put in, e.g. `commit contacts in the housing sector; two hours a week and our tenant data`.");
            return;
        }

        var commitment = new Commitment(context.RequiredCollaboration.Id, member.Id, parts[0], parts.Length > 1 ? parts[1] : "", context.Now);
        context.Services.GetRequiredService<ICheckInStore>().AddCommitment(commitment);
        context.ReplyToCaller($"Your commitment is noted: you want *{commitment.Want}*"
            + (commitment.Give.Length > 0 ? $" and will put in *{commitment.Give}*." : ". Add what you will put in after a `;` when you know."));
    }
}
