using System.Text.Json;

namespace CollabBot.Channels.Teams.Schema;

/// <summary>The Action.Execute that was clicked: its verb and its data merged with the card's inputs.</summary>
public sealed record AdaptiveCardInvokeAction
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Verb { get; init; }
    public string? Title { get; init; }
    public JsonElement? Data { get; init; }
}
