using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Testing.Signing;

namespace CollabBot.Operations.Tests.Wire;

/// <summary>Requests as Slack sends them: Events API envelopes, slash commands and button clicks, signed with v0.</summary>
public static class SlackWire
{
    public const string Team = "T00OPS";
    public const string AppId = "A00OPSAPP";
    public const string BotUser = "U00OPSBOT";

    public static HttpRequestMessage Signed(string path, byte[] body, string secret, string mediaType) => SlackRequestSigner.Signed(path, body, secret, mediaType);

    public static HttpRequestMessage Event(string secret, string body) => Signed("/api/slack/events", Encoding.UTF8.GetBytes(body), secret, "application/json");

    public static HttpRequestMessage Command(string secret, string channel, string user, string text) =>
        Signed("/api/slack/commands", Encoding.UTF8.GetBytes(Form(new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = Team,
            ["team_domain"] = "ops",
            ["channel_id"] = channel,
            ["channel_name"] = "ops",
            ["user_id"] = user,
            ["user_name"] = user.ToLowerInvariant(),
            ["command"] = "/collab",
            ["text"] = text,
            ["api_app_id"] = AppId,
            ["is_enterprise_install"] = "false",
            ["response_url"] = "http://127.0.0.1:9/hooks/unused",
            ["trigger_id"] = $"trigger.{Guid.NewGuid():N}",
        })), secret, "application/x-www-form-urlencoded");

    public static string Mention(string channel, string user, string text, string eventId) => new JsonObject
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = Team,
        ["api_app_id"] = AppId,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true, ["is_enterprise_install"] = false }),
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{BotUser}> {text}",
            ["ts"] = Ts(),
            ["team"] = Team,
            ["channel"] = channel,
            ["event_ts"] = Ts(),
        },
    }.ToJsonString();

    /// <summary>A click on a card button whose data is <paramref name="data"/>, with the card's inputs filled in.</summary>
    public static HttpRequestMessage Click(string secret, string channel, string user, IReadOnlyDictionary<string, string> data, IReadOnlyDictionary<string, string> inputs) =>
        Interaction(secret, ClickBody(channel, user, data, inputs));

    /// <summary>An interactivity body, signed now: Slack signs a retry of the same body afresh.</summary>
    public static HttpRequestMessage Interaction(string secret, byte[] body) => Signed("/api/slack/interactions", body, secret, "application/x-www-form-urlencoded");

    /// <summary>The form body of a click, as <see cref="Click"/> sends it.</summary>
    public static byte[] ClickBody(string channel, string user, IReadOnlyDictionary<string, string> data, IReadOnlyDictionary<string, string> inputs)
    {
        var values = new JsonObject();
        foreach (var (id, value) in inputs)
        {
            values[$"block-{id}"] = new JsonObject { [id] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
        }

        var buttonValue = new JsonObject();
        foreach (var (key, value) in data)
        {
            buttonValue[key] = value;
        }

        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = Team },
            ["api_app_id"] = AppId,
            ["team"] = new JsonObject { ["id"] = Team },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = Ts(), ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["trigger_id"] = $"trigger.{Guid.NewGuid():N}",
            ["state"] = new JsonObject { ["values"] = values },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = "submit",
                ["block_id"] = "actions",
                ["value"] = buttonValue.ToJsonString(),
                ["action_ts"] = Ts(),
            }),
        };
        return Encoding.UTF8.GetBytes(Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }));
    }

    public static string Form(IReadOnlyDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    private static string Ts() => $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Random.Shared.Next(0, 999_999):D6}";
}
