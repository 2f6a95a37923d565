using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollabBot.Conversations;

/// <summary>How neutral turns and messages are written as JSON: in the outbox, the inbox and the Playground API.</summary>
public static class CollabJson
{
    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).UseCollabDefaults();

    /// <summary>Enums as camelCase names, nulls left out.</summary>
    public static JsonSerializerOptions UseCollabDefaults(this JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
