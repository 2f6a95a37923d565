using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;

namespace CollabBot.Host.Tests;

/// <summary>
/// Slack's Block Kit limits, checked on rendered messages the way Slack's API would refuse them (invalid_blocks):
/// 50 blocks a message, 3000 characters of section text, 10 fields of 2000, header 150, button text 75, button
/// value 2000, button URL 3000, action_id 255, 25 elements an actions block, 10 context elements, fallback text 4000.
/// </summary>
public static class SlackBlockKitCheck
{
    private static readonly HashSet<string> KnownBlocks = ["section", "header", "context", "actions", "input", "image", "divider"];

    public static void WithinLimits(IReadOnlyList<SlackMessage> parts, string what)
    {
        Assert.NotEmpty(parts);
        foreach (var part in parts)
        {
            Assert.True(part.Blocks.Count is > 0 and <= 50, $"{part.Blocks.Count} blocks in: {what}");
            Assert.True(part.Text.Length <= 4000, $"fallback text too long in: {what}");
            foreach (var block in part.Blocks.OfType<JsonObject>())
            {
                var type = block["type"]!.GetValue<string>();
                Assert.True(KnownBlocks.Contains(type), $"unknown block {type} in: {what}");
                At(block["text"]?["text"], type == "header" ? 150 : 3000, what);
                var fields = block["fields"]?.AsArray() ?? [];
                Assert.True(fields.Count <= 10, $"{fields.Count} fields in: {what}");
                Assert.All(fields, f => At(f!["text"], 2000, what));
                if (type == "context")
                {
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, 10);
                    Assert.All(block["elements"]!.AsArray(), e => At(e!["text"], 2000, what));
                }

                if (type == "actions")
                {
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, 25);
                    Assert.All(block["elements"]!.AsArray(), e => Button(e!.AsObject(), what));
                }
            }
        }
    }

    private static void Button(JsonObject button, string what)
    {
        Assert.Equal("button", button["type"]!.GetValue<string>());
        At(button["text"]!["text"], 75, what);
        At(button["action_id"], 255, what);
        At(button["value"], 2000, what);
        At(button["url"], 3000, what);
        Assert.True(button["value"] is not null || button["url"] is not null, $"a button with neither value nor url in: {what}");
    }

    private static void At(JsonNode? text, int max, string what)
    {
        if (text is not null)
        {
            var value = text.GetValue<string>();
            Assert.True(value.Length is > 0 && value.Length <= max, $"{value.Length} characters (limit {max}) in: {what}");
        }
    }
}
