using System.Threading.Channels;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// Publishes a person's Home tab (views.publish) after app_home_opened, off the request path. The tab
/// is rebuilt every time it is opened, so a publish lost in a crash costs nothing: it is not durable.
/// </summary>
public sealed partial class SlackAppHome(
    IServiceScopeFactory scopes, SlackInstallationStore installations, SlackApiClient api, ILogger<SlackAppHome> logger) : BackgroundService
{
    private readonly Channel<(string Team, string? Enterprise, string User)> _queue =
        Channel.CreateBounded<(string, string?, string)>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Publish(string teamId, string? enterpriseId, string userId) => _queue.Writer.TryWrite((teamId, enterpriseId, userId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (team, enterprise, user) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await PublishAsync(team, enterprise, user, stoppingToken);
            }
            catch (Exception ex) when (SlackApiClient.IsCallFailure(ex, stoppingToken))
            {
                LogFailed(team, ex.Message);
            }
        }
    }

    public async Task PublishAsync(string teamId, string? enterpriseId, string userId, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(teamId, enterpriseId, cancellationToken) is not { } installation)
        {
            return;
        }

        IReadOnlyList<MemberCollaboration>? collaborations = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (scope.ServiceProvider.GetService<IMemberCollaborations>() is { } directory)
            {
                collaborations = await directory.ForMemberAsync(Platform.Slack, teamId, userId, cancellationToken);
            }
        }

        var view = HomeView.Render(collaborations);
        var arguments = new System.Text.Json.Nodes.JsonObject { ["user_id"] = userId, ["view"] = view };
        await api.CallAsync("views.publish", arguments, installation.BotToken, RateKey.Method(teamId, "views.publish"), cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Publishing the Slack Home tab in {TeamId} failed: {Reason}")]
    private partial void LogFailed(string teamId, string reason);
}
