namespace CollabBot.Channels.Teams.Conversations;

public enum InvokeAnswer
{
    /// <summary>The invoke handler has not recorded its answer yet.</summary>
    Pending,

    /// <summary>This reply was the invoke response: do not post it.</summary>
    ThisOne,

    /// <summary>Another reply was: post this one normally.</summary>
    Another,
}
