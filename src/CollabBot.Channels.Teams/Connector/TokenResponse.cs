using System.Text.Json.Serialization;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>The OAuth 2.0 token endpoint's answer (RFC 6749 §5.1).</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn);
