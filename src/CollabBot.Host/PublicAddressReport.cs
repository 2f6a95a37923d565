using CollabBot.Channels.Slack;
using CollabBot.Channels.Teams;
using Microsoft.Extensions.Options;

namespace CollabBot.Host;

/// <summary>Warns at start-up when a platform that fetches the host's links is on and PublicBaseUrl is not set.</summary>
internal sealed partial class PublicAddressReport(
    IOptions<PublicAddress> address, IOptions<SlackOptions> slack, TeamsModeSetting teams, ILogger<PublicAddressReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(address.Value.PublicBaseUrl) && (slack.Value.Enabled || teams.Mode == TeamsMode.Authenticated))
        {
            LogMissing();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning,
        "PublicBaseUrl is not set: Slack and Teams cannot fetch what the bot links to, so the weekly digest goes out without its chart "
        + "and exports without a download link. Set PublicBaseUrl to the bot's public HTTPS address (docs/operations.md).")]
    private partial void LogMissing();
}
