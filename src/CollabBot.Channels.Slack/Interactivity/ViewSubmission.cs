namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>A <c>view_submission</c> payload: a modal's form submitted (PROTOCOLS.md §2.5).</summary>
public sealed record ViewSubmission
{
    public const string PayloadType = "view_submission";

    public required InteractionUser User { get; init; }
    public InteractionTeam? Team { get; init; }
    public InteractionEnterprise? Enterprise { get; init; }
    public string? ApiAppId { get; init; }
    public string? TriggerId { get; init; }
    public required SubmittedView View { get; init; }
}

/// <summary>The submitted modal; Slack sends its <paramref name="Blocks"/> and <paramref name="Title"/> back as the bot wrote them.</summary>
public sealed record SubmittedView(
    string Id, string? CallbackId, string? PrivateMetadata, string? Hash, InteractionState? State,
    System.Text.Json.Nodes.JsonArray? Blocks = null, System.Text.Json.Nodes.JsonObject? Title = null);
