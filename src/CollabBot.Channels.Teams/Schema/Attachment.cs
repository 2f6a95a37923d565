using System.Text.Json.Nodes;

namespace CollabBot.Channels.Teams.Schema;

/// <summary>An attachment; CollabBot sends <c>application/vnd.microsoft.card.adaptive</c> ones.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public JsonNode? Content { get; init; }
}
