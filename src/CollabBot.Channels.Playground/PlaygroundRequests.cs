using System.Text.Json.Serialization;

namespace CollabBot.Channels.Playground;

public sealed record PlaygroundMessageRequest(
    string? ConversationId, string? UserId, string? UserName, string? Text,
    [property: JsonPropertyName("mentionsBot")] bool? MentionsBot);

public sealed record PlaygroundActionRequest(
    string? ConversationId, string? UserId, string? UserName, long? MessageId, string? ActionId, Dictionary<string, string>? Values);

/// <param name="Wait">False: answer at once (202) and let the move run in the background, as the page does.</param>
public sealed record PlaygroundClockRequest(string? Advance, bool? Wait);
