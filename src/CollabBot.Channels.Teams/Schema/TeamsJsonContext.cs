using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollabBot.Channels.Teams.Schema;

/// <summary>Source-generated JSON for the Bot Framework shapes: camelCase, nulls left out, as the Connector expects.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
public sealed partial class TeamsJsonContext : JsonSerializerContext;
