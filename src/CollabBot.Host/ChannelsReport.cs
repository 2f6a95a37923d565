using CollabBot.Channels.Playground;
using CollabBot.Channels.Slack;
using Microsoft.Extensions.Options;

namespace CollabBot.Host;

/// <summary>Says at start-up, one line each, whether Slack and the Playground are on (Teams says so itself).</summary>
internal sealed class ChannelsReport(IOptions<SlackOptions> slack, IConfiguration configuration, IHostEnvironment environment, ILogger<ChannelsReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = slack.Value;
        if (!options.Enabled)
        {
            logger.LogInformation("Slack: off (set Slack:SigningSecret to turn it on).");
        }
        else
        {
            logger.LogInformation("Slack: on, {Install}, at /api/slack/events, /api/slack/commands and /api/slack/interactions.",
                options.OAuthEnabled ? "installs through OAuth (Slack:ClientId)" : string.IsNullOrEmpty(options.BotToken) ? "no bot token yet (set Slack:BotToken or the OAuth client)" : "one workspace (Slack:BotToken)");
        }

        if (configuration.IsPlaygroundEnabled(environment))
        {
            logger.LogInformation("Playground: on at /playground, with a clock of its own that only Playground conversations see.");
        }
        else
        {
            logger.LogInformation("Playground: off (Playground:Enabled=true turns it on).");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
