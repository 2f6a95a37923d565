using CollabBot.Conversations.Commands;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Ideas;

/// <summary><c>+1 &lt;id&gt;</c>: support someone else's idea, once. Only the caller hears of it.</summary>
public sealed class SupportCommand : IBotCommand
{
    public string Name => "+1";
    public string Usage => "+1 <idea id>";
    public string Summary => "Support someone else's idea; `ideas top` lists the most supported.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`; then your support counts.");
            return;
        }

        var (number, _) = ShortNumber.Read(arguments);
        if (number is null)
        {
            context.Refuse("Which idea? Write `+1 <id>` with the number from `ideas`.");
            return;
        }

        if (await context.Services.GetRequiredService<IIdeaStore>().FindAsync(collaboration.Id, number.Value, cancellationToken) is not { } idea)
        {
            context.Refuse($"There is no idea {number}. `ideas` lists them.");
            return;
        }

        idea.SupportBy(caller.Id);
        context.Signal(caller, ParticipationKind.Vote);
        context.ReplyToCaller($"You support idea {idea.Number}: {Excerpt.Of(idea.Text, 80)} ({idea.Support} in all).");
    }
}
