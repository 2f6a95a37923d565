using System.Text.Json.Nodes;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>
/// Reads a submitted modal's input blocks back as the neutral inputs they were rendered from (id, label, required,
/// kind, maximum length, options), so the submission can be checked against them.
/// </summary>
public static class ModalInputs
{
    public static IReadOnlyList<CardInput> FromBlocks(JsonArray? blocks) =>
        (blocks ?? []).OfType<JsonObject>()
            .Where(b => Text(b["type"]) == "input" && Text(b["block_id"]) is { Length: > 0 } && b["element"] is JsonObject)
            .Select(Input)
            .ToList();

    private static CardInput Input(JsonObject block)
    {
        var element = (JsonObject)block["element"]!;
        var type = Text(element["type"]);
        return new CardInput
        {
            Id = Text(block["block_id"])!,
            Label = Text(block["label"]?["text"]) ?? "",
            Required = block["optional"]?.GetValueKind() != System.Text.Json.JsonValueKind.True,
            Kind = type == "static_select" ? InputKind.Choice : element["multiline"]?.GetValueKind() == System.Text.Json.JsonValueKind.True ? InputKind.MultilineText : InputKind.Text,
            MaxLength = element["max_length"] is JsonValue max && max.TryGetValue<int>(out var length) ? length : int.MaxValue,
            Choices = (element["options"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(o => new CardChoice(Text(o["value"]) ?? "", Text(o["text"]?["text"]) ?? "")).ToList(),
        };
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
