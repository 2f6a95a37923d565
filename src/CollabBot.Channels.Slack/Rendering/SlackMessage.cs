using System.Text.Json.Nodes;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>One chat message as Slack takes it: fallback text (notifications) and Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);
