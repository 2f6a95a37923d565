using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CollabBot.Operations.Tests.Wire;

/// <summary>Activities as the Bot Connector posts them to /api/messages.</summary>
public static class TeamsWire
{
    public const string Tenant = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    public static JsonObject Message(string serviceUrl, string appId, string conversationId, string userId, string text, bool personal = true) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Member " + userId[^4..] },
        ["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "CollabBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = personal ? "personal" : "channel", ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    public static HttpRequestMessage Post(string token, byte[] body, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static HttpRequestMessage Post(string token, JsonNode activity) => Post(token, Encoding.UTF8.GetBytes(activity.ToJsonString()));
}
