using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Tests.Support;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>Slack payloads for the host journeys, built from the payload fixtures (tests/fixtures/slack) with one thing changed.</summary>
public static class SlackPayloads
{
    public static string Mention(string text, string eventId = "Ev00FAKE0002")
    {
        var mention = Fixtures.Json("event_callback-app_mention.json");
        mention["event"]!["text"] = $"<@U00FAKEBOT01> {text}";
        mention["event_id"] = eventId;
        return mention.ToJsonString();
    }

    public static async Task<string> SlashAsync(string team, string channel, string user, string text, Uri? responseUrl = null)
    {
        var fields = Fixtures.Json("slash_command-fields.json");
        fields["team_id"] = team;
        fields["channel_id"] = channel;
        fields["user_id"] = user;
        fields["command"] = "/collab";
        fields["text"] = text;
        fields["trigger_id"] = $"trigger.{Guid.NewGuid():N}";
        if (responseUrl is not null)
        {
            fields["response_url"] = responseUrl.ToString();
        }

        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value!.GetValue<string>())));
        return await form.ReadAsStringAsync();
    }

    public static string Click(string command, IReadOnlyDictionary<string, string> inputs, string actionTs)
    {
        var payload = Fixtures.Json("interactivity-block_actions.json");
        payload["actions"]![0]!["value"] = new JsonObject { ["command"] = command }.ToJsonString();
        payload["actions"]![0]!["action_ts"] = actionTs;
        var values = new JsonObject();
        foreach (var (id, value) in inputs)
        {
            values[id] = new JsonObject { [id] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } } };
        }

        payload["state"] = new JsonObject { ["values"] = values };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }

    public static string Uninstalled(string team) => new JsonObject
    {
        ["token"] = "unused",
        ["team_id"] = team,
        ["api_app_id"] = "A00FAKEAPP01",
        ["type"] = "event_callback",
        ["event_id"] = $"Ev{Guid.NewGuid():N}"[..14],
        ["event_time"] = 1772518400,
        ["event"] = new JsonObject { ["type"] = "app_uninstalled", ["event_ts"] = "1772518400.000100" },
    }.ToJsonString();
}
