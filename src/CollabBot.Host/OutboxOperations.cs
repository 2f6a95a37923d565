using CollabBot.Conversations.Storage;
using CollabBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CollabBot.Host;

/// <summary>
/// GET /ops/outbox/parked: the messages that could never be delivered (blocked, archived, out of attempts) with the
/// reason, newest first, for operators; read-only and behind the same credential as /hangfire. No message content.
/// </summary>
internal static class OutboxOperations
{
    public static void MapOutboxOperations(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var access = new DashboardAccess(environment.IsDevelopment(), options.DashboardUser, options.DashboardPassword);
        endpoints.MapGet("/ops/outbox/parked", async (HttpContext http, IOutboxStore outbox, int? max, CancellationToken cancellationToken) =>
        {
            if (!access.Authorize(http))
            {
                return Results.Unauthorized();
            }

            var parked = await outbox.ListParkedAsync(Math.Clamp(max ?? 100, 1, 1000), cancellationToken);
            return Results.Ok(parked.Select(p => new ParkedMessage(
                p.Id, p.Entry.To.Platform.ToString(), p.Entry.To.WorkspaceId, p.Entry.To.ConversationId, p.Entry.RecipientUserId, p.LastError, p.CreatedAt)));
        }).ExcludeFromDescription();
    }

    private sealed record ParkedMessage(
        long Id, string Platform, string Workspace, string Conversation, string? Recipient, string? Reason, DateTimeOffset CreatedAt);
}
