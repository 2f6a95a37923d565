using System.Globalization;
using System.Text.Json;

namespace CollabBot.Channels.Teams.Activities;

/// <summary>Flattens card submit data (the action's data merged with the input values) to neutral string values.</summary>
public static class CardValues
{
    public static Dictionary<string, string> From(JsonElement? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not { ValueKind: JsonValueKind.Object } json)
        {
            return values;
        }

        foreach (var property in json.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
                JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is not null)
            {
                values[property.Name] = value;
            }
        }

        return values;
    }
}
