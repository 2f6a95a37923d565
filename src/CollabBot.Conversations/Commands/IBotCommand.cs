namespace CollabBot.Conversations.Commands;

/// <summary>One chat command, the same on every platform.</summary>
public interface IBotCommand
{
    /// <summary>The first word that selects the command, lower case.</summary>
    string Name { get; }

    /// <summary>How to write it, e.g. "join [as &lt;sector&gt;]".</summary>
    string Usage { get; }

    string Summary { get; }

    /// <summary>Whether running it counts as taking part (stating the challenge does; reading the status does not).</summary>
    bool Contributes => false;

    /// <summary>Whether the conversation must already host a collaboration.</summary>
    bool NeedsCollaboration => true;

    Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken);
}
