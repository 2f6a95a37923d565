namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>Just the <c>type</c> of an interactivity payload, read before the full shape.</summary>
public sealed record InteractionType(string Type);
