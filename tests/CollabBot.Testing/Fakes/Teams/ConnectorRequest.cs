using System.Text.Json.Nodes;

namespace CollabBot.Testing.Fakes;

/// <summary>One call the fake Bot Connector received.</summary>
public sealed record ConnectorRequest(string Method, string Path, string? ConversationId, string? Authorization, JsonNode? Body, DateTimeOffset At)
{
    /// <summary>All the text of the Adaptive Card the activity carried.</summary>
    public string CardJson => Body?["attachments"]?[0]?["content"]?.ToJsonString() ?? "";
}
