using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams;

/// <summary>Says at start-up, in one line, whether the Teams adapter is on and in which mode; anonymous mode is a loud warning.</summary>
public sealed class TeamsStartupReport(TeamsModeSetting mode, IOptions<TeamsOptions> options, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (mode.Mode)
        {
            case TeamsMode.Anonymous:
                logger.LogWarning("Teams: on, ANONYMOUS mode: MicrosoftAppId is empty in Development, so {Path} accepts unauthenticated requests made on this machine, not through a proxy or tunnel (Agents Playground only).", TeamsEndpoints.MessagesPath);
                break;
            case TeamsMode.Off:
                logger.LogInformation("Teams: off (set MicrosoftAppId and MicrosoftAppPassword to turn on {Path}).", TeamsEndpoints.MessagesPath);
                break;
            default:
                logger.LogInformation("Teams: on, authenticated mode ({AppType}), at {Path}.", options.Value.IsSingleTenant ? "SingleTenant" : "MultiTenant", TeamsEndpoints.MessagesPath);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
