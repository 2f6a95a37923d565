using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

public sealed class ChallengeCommand : CollaborationTextCommand
{
    public override string Name => "challenge";
    public override string Summary => "State the shared problem, in the members' words.";
    protected override string What => "the challenge";
    protected override string Example => "Too many homes are cold in winter";

    protected override string? Current(Collaboration collaboration) => collaboration.Challenge;

    protected override void Set(Collaboration collaboration, string text) => collaboration.SetChallenge(text);
}
