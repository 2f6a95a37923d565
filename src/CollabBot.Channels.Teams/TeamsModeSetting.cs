namespace CollabBot.Channels.Teams;

/// <summary>The mode decided at start-up (see <see cref="TeamsMode"/>).</summary>
public sealed record TeamsModeSetting(TeamsMode Mode);
