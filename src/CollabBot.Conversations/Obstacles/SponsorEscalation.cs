using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Members;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Obstacles;

/// <summary>
/// Daily: an obstacle open for more than two weeks goes to the collaboration's sponsors in a direct message, once.
/// With no sponsor yet, it waits and goes to the first one named.
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

            var sponsors = collaboration.Members.Where(m => m.Holds(Role.Sponsor)).ToList();
            if (sponsors.Count == 0)
            {
                continue;
            }

            var workspace = await collaborations.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
            var days = (int)(occurrence - obstacle.RaisedAt).TotalDays;
            foreach (var sponsor in sponsors)
            {
                await unitOfWork.EnqueueAsync(new OutboxEntry
                {
                    To = DecisionMessages.Channel(workspace, collaboration),
                    Visibility = Visibility.Direct,
                    RecipientUserId = sponsor.PlatformUserId,
                    Message = new OutboundMessage(
                        $"{collaboration.Name} has been held up for {Words.Count(days, "day")} by obstacle {obstacle.Number}: {obstacle.Text}. "
                        + "As a sponsor you may be the one who can remove it. The team closes it with `done obstacle " + obstacle.Number + "`."),
                    IdempotencyKey = $"obstacle:{obstacle.Id:N}:sponsor:{sponsor.Id:N}",
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
