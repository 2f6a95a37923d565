using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

public sealed class GoalCommand : CollaborationTextCommand
{
    public override string Name => "goal";
    public override string Summary => "Set the big win: the long-term target.";
    protected override string What => "the big win";
    protected override string Example => "Every home warm by 2030";

    protected override string? Current(Collaboration collaboration) => collaboration.BigWin;

    protected override void Set(Collaboration collaboration, string text) => collaboration.SetBigWin(text);
}
