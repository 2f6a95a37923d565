using System.Text.Json.Serialization;
using CollabBot.Channels.Slack.Events;
using CollabBot.Channels.Slack.Interactivity;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Rendering;

namespace CollabBot.Channels.Slack;

/// <summary>Slack's wire names are snake_case; the source-generated context keeps the hot path free of reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(InteractionType))]
[JsonSerializable(typeof(BlockActions))]
[JsonSerializable(typeof(ViewSubmission))]
[JsonSerializable(typeof(SlackInstallation))]
[JsonSerializable(typeof(ModalForm))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
