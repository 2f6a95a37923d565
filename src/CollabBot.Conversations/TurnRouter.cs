using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Turns;

namespace CollabBot.Conversations;

/// <summary>Sends each kind of turn where it belongs.</summary>
public sealed class TurnRouter(CommandRouter commands, CheckInAnswering checkIns)
{
    public Task RouteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        switch (turn.Kind)
        {
            case TurnKind.Command:
                return commands.RunAsync(context, turn.Text, cancellationToken);
            case TurnKind.CardAction when CheckInForm.IsSubmission(turn):
                return checkIns.AnswerAsync(context, CheckInSubmission.Read(turn.Values), cancellationToken);
            case TurnKind.CardAction:
                var (text, missing) = CardActionText.Build(turn.Values);
                if (missing is not null)
                {
                    context.Refuse($"Please fill in \"{Excerpt.Of(missing)}\" first.");
                    return Task.CompletedTask;
                }

                if (text is null)
                {
                    context.Refuse("That button no longer does anything. Type `help` to see what you can do.");
                    return Task.CompletedTask;
                }

                return commands.RunAsync(context, text, cancellationToken);
            case TurnKind.MemberJoined when context.Collaboration is { } collaboration:
                var member = collaboration.Join(turn.Who.UserId, turn.Who.DisplayName, context.Now);
                context.ReplyToChannel($"Welcome, {member.DisplayName}! Tell us which sector you speak for with `join as <sector>`.");
                return Task.CompletedTask;
            case TurnKind.Participation when context.Collaboration is { } team:
                // Team chatter is not answered; whoever takes part in the bound channel is a member.
                context.Signal(team.Join(turn.Who.UserId, turn.Who.DisplayName, context.Now), turn.Participation);
                return Task.CompletedTask;
            default:
                return Task.CompletedTask;
        }
    }
}
