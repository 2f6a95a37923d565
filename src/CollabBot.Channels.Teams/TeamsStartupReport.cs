using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Teams;

/// <summary>Says at start-up how the Teams adapter runs; anonymous mode is a loud warning.</summary>
public sealed class TeamsStartupReport(TeamsModeSetting mode, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (mode.Mode)
        {
            case TeamsMode.Anonymous:
                logger.LogWarning("Teams adapter is ANONYMOUS: MicrosoftAppId is empty in Development, so {Path} accepts unauthenticated requests made on this machine, not through a proxy or tunnel (Agents Playground only).", TeamsEndpoints.MessagesPath);
                break;
            case TeamsMode.Off:
                logger.LogInformation("Teams adapter is off: set MicrosoftAppId and MicrosoftAppPassword to enable {Path}.", TeamsEndpoints.MessagesPath);
                break;
            default:
                logger.LogInformation("Teams adapter is on at {Path}.", TeamsEndpoints.MessagesPath);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
