namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>A <c>block_actions</c> payload: a button pressed on one of the bot's messages (PROTOCOLS.md §2.5).</summary>
public sealed record BlockActions
{
    public const string PayloadType = "block_actions";

    public required InteractionUser User { get; init; }
    public InteractionTeam? Team { get; init; }
    public InteractionEnterprise? Enterprise { get; init; }
    public string? ApiAppId { get; init; }
    public InteractionContainer? Container { get; init; }
    public InteractionChannel? Channel { get; init; }
    public string? TriggerId { get; init; }
    public InteractionState? State { get; init; }
    public string? ResponseUrl { get; init; }
    public IReadOnlyList<BlockAction>? Actions { get; init; }
}

public sealed record BlockAction(string ActionId, string? BlockId, string Type, string? Value, SelectedOption? SelectedOption, string? ActionTs);
