namespace CollabBot.Channels.Playground;

public sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>On in Development, off in Production unless set to true.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The one workspace the Playground plays in.</summary>
    public const string WorkspaceId = "playground";
}
