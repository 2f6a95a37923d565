using CollabBot.Testing;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>The app manifest asks for exactly the scopes the install link asks for, and subscribes the events the adapter handles.</summary>
public sealed class SlackManifestTests
{
    private static readonly string Manifest = File.ReadAllText(Repository.PathTo("manifests", "slack", "manifest.yaml"));

    /// <summary>The "- item" lines right under <paramref name="key"/> (comments dropped), up to the first other line.</summary>
    private static List<string> ListUnder(string key) =>
        [.. Manifest.Split('\n')
            .SkipWhile(line => line.Trim() != $"{key}:")
            .Skip(1)
            .Where(line => !line.TrimStart().StartsWith('#'))
            .TakeWhile(line => line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(line => line.TrimStart()[2..].Split('#')[0].Trim())];

    [Fact]
    public void Manifest_bot_scopes_are_the_scopes_the_install_link_asks_for()
    {
        var scopes = ListUnder("bot");

        Assert.Equal(new SlackOptions().BotScopes.Split(',').Order(), scopes.Order());
    }

    [Fact]
    public void Manifest_subscribes_every_event_the_adapter_handles_and_points_at_its_endpoints()
    {
        Assert.Equal(["app_home_opened", "app_mention", "member_joined_channel", "message.channels", "message.groups", "reaction_added"], ListUnder("bot_events").Order());
        Assert.Contains("https://YOUR-PUBLIC-HOST/api/slack/events", Manifest, StringComparison.Ordinal);
        Assert.Contains("https://YOUR-PUBLIC-HOST/api/slack/commands", Manifest, StringComparison.Ordinal);
        Assert.Contains("https://YOUR-PUBLIC-HOST/api/slack/interactions", Manifest, StringComparison.Ordinal);
        Assert.Contains("https://YOUR-PUBLIC-HOST/api/slack/oauth/callback", Manifest, StringComparison.Ordinal);
    }
}
