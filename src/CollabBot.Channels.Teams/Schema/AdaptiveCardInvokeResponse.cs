using System.Text.Json.Nodes;

namespace CollabBot.Channels.Teams.Schema;

/// <summary>
/// Body of the HTTP answer to an <c>adaptiveCard/action</c> invoke: a card that replaces the clicked one,
/// a message, or an error (PROTOCOLS.md §1.9).
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, JsonValue.Create(text));

    public static AdaptiveCardInvokeResponse Failure(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });
}
