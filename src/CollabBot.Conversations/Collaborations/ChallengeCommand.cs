using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Collaborations;

public sealed class ChallengeCommand : IBotCommand
{
    public string Name => "challenge";
    public string Usage => "challenge <text>";
    public string Summary => "State the shared problem, in the members' words.";
    public bool Contributes => true;

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            context.ReplyToCaller(collaboration.Challenge is null
                ? "No challenge yet. Set it with `challenge <text>`, e.g. `challenge Too many homes are cold in winter`."
                : $"The challenge: {collaboration.Challenge}");
            return Task.CompletedTask;
        }

        if (context.Caller is null)
        {
            context.Refuse("Join first (`join as <sector>`), then you can state the challenge.");
            return Task.CompletedTask;
        }

        collaboration.SetChallenge(arguments);
        context.ReplyToChannel($"{context.Caller.DisplayName} stated the challenge: {collaboration.Challenge}");
        return Task.CompletedTask;
    }
}
