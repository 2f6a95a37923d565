using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CollabBot.Channels.Slack.WebApi;

[JsonSerializable(typeof(JsonObject))]
internal sealed partial class SlackApiJsonContext : JsonSerializerContext;
