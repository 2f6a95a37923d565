using System.Security.Cryptography;
using System.Text;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Digests;

/// <summary>
/// Sends the weekly digests: one recurring job per target conversation and schedule, listing every
/// collaboration subscribed to it; once per occurrence (the outbox key names it).
/// </summary>
public sealed class DigestRound(IServiceScopeFactory scopes, DigestComposer composer, ILogger<DigestRound> logger) : IRecurringWorkSource
{
    public const string Prefix = "digest:";

    public static string WorkId(DigestSubscription s)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{s.WorkspaceId:N}|{s.TargetConversationId}|{s.Cron}|{s.TimeZoneId}"));
        return Prefix + Convert.ToHexStringLower(hash)[..16];
    }

    public async Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var subscriptions = await scope.ServiceProvider.GetRequiredService<IDigestStore>().ListAsync(cancellationToken);
        return subscriptions.GroupBy(WorkId).Select(g => new RecurringWork(g.Key, g.First().Cron, g.First().TimeZoneId, RecurringWork.SendsQueue)).ToList();
    }

    public bool Owns(string workId) => workId.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var group = (await services.GetRequiredService<IDigestStore>().ListAsync(cancellationToken)).Where(s => WorkId(s) == workId).ToList();
        if (group.Count == 0)
        {
            return;
        }

        var entry = await ComposeAsync(services, group, $"{workId}:{occurrence.ToUnixTimeSeconds()}", occurrence, cancellationToken);
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        if (entry is null || !await unitOfWork.EnqueueAsync(entry, cancellationToken))
        {
            return;
        }

        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
            logger.LogInformation("Digest {WorkId} at {Occurrence} sent for {Count} collaborations", workId, occurrence, group.Count);
        }
        catch (DuplicateWriteException)
        {
            logger.LogInformation("Digest {WorkId} at {Occurrence} was sent by another host", workId, occurrence);
        }
    }

    /// <summary>One digest for the subscriptions (same workspace and target), ready for the outbox; null when none of them exists any more.</summary>
    public async Task<OutboxEntry?> ComposeAsync(IServiceProvider services, IReadOnlyList<DigestSubscription> group, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ICollaborationStore>();
        var collaborations = new List<Collaboration>();
        foreach (var subscription in group)
        {
            if (await store.FindAsync(subscription.CollaborationId, cancellationToken) is { } collaboration)
            {
                collaborations.Add(collaboration);
            }
        }

        if (collaborations.Count == 0)
        {
            return null;
        }

        var workspace = await store.GetWorkspaceAsync(group[0].WorkspaceId, cancellationToken);
        var message = await composer.ComposeAsync(collaborations.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(), services, now, cancellationToken);
        return new OutboxEntry
        {
            To = new ConversationAddress(workspace.Platform, workspace.ExternalId, group[0].TargetConversationId),
            Visibility = Visibility.Channel,
            Message = message,
            IdempotencyKey = $"digest:{key}",
        };
    }
}
