using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Retrospectives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Retrospectives;

/// <summary>
/// Hourly, on each platform's own clock: a retrospective whose answer window has passed is closed, and its summary (no
/// names) goes to the channel once. Nobody answered: it is kept as such, and nothing is posted (say less).
/// </summary>
public sealed class RetrospectiveClose(IServiceScopeFactory scopes, ILogger<RetrospectiveClose> logger) : IRecurringWorkSource
{
    public const string WorkId = "retrospective-close";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "20 * * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var store = services.GetRequiredService<IRetrospectiveStore>();
        var collaborations = services.GetRequiredService<ICollaborationStore>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var closed = 0;
        foreach (var retrospective in await store.DueAsync(occurrence, platforms, cancellationToken))
        {
            if (await collaborations.FindAsync(retrospective.CollaborationId, cancellationToken) is not { } collaboration)
            {
                continue;
            }

            var summary = RetrospectiveSummary.Of(retrospective, await store.AnswersAsync(retrospective.Id, cancellationToken));
            retrospective.Close(summary, occurrence);
            closed++;
            if (summary.Answers == 0)
            {
                continue;
            }

            var workspace = await collaborations.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
            // The team's own learning: it goes whatever the week's budget, once, and counts toward it.
            await ChannelPosts.PostAsync(services, unitOfWork, collaboration, new OutboxEntry
            {
                To = DecisionMessages.Channel(workspace, collaboration),
                Visibility = Visibility.Channel,
                Message = new OutboundMessage(retrospective.Summary!),
                IdempotencyKey = $"retrospective:{retrospective.Id:N}:summary",
            }, "retrospective", occurrence, cancellationToken);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        if (closed > 0)
        {
            logger.LogInformation("Retrospective check at {Occurrence}: {Closed} closed", occurrence, closed);
        }
    }
}
