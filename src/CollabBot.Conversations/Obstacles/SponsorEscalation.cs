using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Obstacles;

/// <summary>
/// Daily: an obstacle open for more than two weeks goes, once, in a direct message to who can remove it
/// (<see cref="Concern.Removers"/>): the member named with `obstacle … for @member`, or else the collaboration's sponsors.
/// With nobody to send it to yet, it waits and goes to the first sponsor named.
/// </summary>
public sealed class SponsorEscalation(IServiceScopeFactory scopes, ILogger<SponsorEscalation> logger) : IRecurringWorkSource
{
    public const string WorkId = "obstacle-sponsor-check";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "0 8 * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var collaborations = services.GetRequiredService<ICollaborationStore>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var sent = 0;
        foreach (var obstacle in await services.GetRequiredService<IConcernStore>().DueForSponsorAsync(occurrence - Concern.SponsorAfter, platforms, cancellationToken))
        {
            if (!obstacle.IsDueForSponsor(occurrence) || await collaborations.FindAsync(obstacle.CollaborationId, cancellationToken) is not { } collaboration)
            {
                continue;
            }

            var removers = obstacle.Removers(collaboration.Members);
            if (removers.Count == 0)
            {
                continue;
            }

            var workspace = await collaborations.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
            var days = (int)(occurrence - obstacle.RaisedAt).TotalDays;
            var why = removers[0].Id == obstacle.OwnerId ? "The team named you as the one who can remove it." : "As a sponsor you may be the one who can remove it.";
            foreach (var remover in removers)
            {
                await unitOfWork.EnqueueAsync(new OutboxEntry
                {
                    To = DecisionMessages.Channel(workspace, collaboration),
                    Visibility = Visibility.Direct,
                    RecipientUserId = remover.PlatformUserId,
                    Message = new OutboundMessage(
                        $"{collaboration.Name} has been held up for {Words.Count(days, "day")} by obstacle {obstacle.Number}: {obstacle.Text}. "
                        + why + " The team closes it with `done obstacle " + obstacle.Number + "`."),
                    IdempotencyKey = $"obstacle:{obstacle.Id:N}:sponsor:{remover.Id:N}",
                }, cancellationToken);
                sent++;
            }

            obstacle.MarkSentToSponsor(occurrence);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Obstacle check at {Occurrence}: {Sent} sponsor messages", occurrence, sent);
        }
    }
}
