namespace CollabBot.Conversations.Turns;

public enum TurnKind
{
    /// <summary>Text addressed to the bot (a command, with or without a leading "/collab").</summary>
    Command,

    /// <summary>A button or form submitted on one of the bot's cards.</summary>
    CardAction,

    /// <summary>Team chatter or a reaction: a participation signal, stored and not answered.</summary>
    Participation,

    /// <summary>A person joined the bound channel.</summary>
    MemberJoined,
}
