using System.Net;
using CollabBot.Channels.Slack.Tests.Support;

namespace CollabBot.Channels.Slack.Tests;

public sealed class SlackDisabledTests
{
    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactions")]
    public async Task Without_a_signing_secret_the_endpoints_are_404_even_for_signed_requests(string path)
    {
        await using var host = await SlackAdapterHost.StartAsync(new Dictionary<string, string?>());

        var response = await host.Client.SendAsync(SlackRequestSigner.Signed(path, Fixtures.Text("event_callback-app_mention.json"), SlackAdapterHost.Secret, host.Now));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, host.Inbox.Attempts);
    }

    [Fact]
    public async Task A_bot_token_without_a_signing_secret_stops_startup()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            SlackAdapterHost.StartAsync(new Dictionary<string, string?> { ["Slack:BotToken"] = "test-token-made-up" }));

        Assert.Contains("SigningSecret", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:SigningSecret", " ", "Slack:SigningSecret")]
    [InlineData("SLACK_SIGNING_SECRET", " \t", "Slack:SigningSecret")]
    [InlineData("Slack:BotToken", "  ", "Slack:BotToken")]
    [InlineData("Slack:ClientSecret", " ", "Slack:ClientSecret")]
    public async Task A_setting_of_only_whitespace_stops_startup_naming_it(string setting, string blank, string named)
    {
        var settings = new Dictionary<string, string?> { ["Slack:SigningSecret"] = SlackAdapterHost.Secret, [setting] = blank };
        if (setting == "Slack:ClientSecret")
        {
            settings["Slack:ClientId"] = "1234.5678";
        }

        if (setting == "SLACK_SIGNING_SECRET")
        {
            settings.Remove("Slack:SigningSecret");
        }

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => SlackAdapterHost.StartAsync(settings));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        Assert.Contains("only whitespace", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OAuth_installs_without_a_public_address_stop_startup_naming_PublicBaseUrl()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => SlackAdapterHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackAdapterHost.Secret,
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = "client-secret-made-at-test-time",
        }));

        Assert.Contains("PublicBaseUrl", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conventional_environment_names_configure_the_adapter()
    {
        await using var host = await SlackAdapterHost.StartAsync(new Dictionary<string, string?> { ["SLACK_SIGNING_SECRET"] = SlackAdapterHost.Secret });

        var response = await host.Client.SendAsync(SlackRequestSigner.Signed("/api/slack/events", Fixtures.Text("event_callback-app_mention.json"), SlackAdapterHost.Secret, host.Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Inbox.Accepted);
    }
}
