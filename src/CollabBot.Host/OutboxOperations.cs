using System.Globalization;
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
    private const int MaxListed = 1000;

    public static void MapOutboxOperations(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var access = new DashboardAccess(environment.IsDevelopment(), options.DashboardUser, options.DashboardPassword);
        // max is read here rather than bound, so a caller without the credential learns nothing and a bad one is named.
        endpoints.MapGet("/ops/outbox/parked", async (HttpContext http, IOutboxStore outbox, CancellationToken cancellationToken) =>
        {
            if (!access.Authorize(http))
            {
                return Results.Unauthorized();
            }

            var max = 100;
            if (http.Request.Query["max"] is { Count: > 0 } given
                && (given.Count > 1 || !int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out max) || max is < 1 or > MaxListed))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["max"] = [$"max is a whole number from 1 to {MaxListed}."] });
            }

            var parked = await outbox.ListParkedAsync(max, cancellationToken);
            return Results.Ok(parked.Select(p => new ParkedMessage(
                p.Id, p.Entry.To.Platform.ToString(), p.Entry.To.WorkspaceId, p.Entry.To.ConversationId, p.Entry.RecipientUserId, p.LastError, p.CreatedAt)));
        }).ExcludeFromDescription();
    }

    private sealed record ParkedMessage(
        long Id, string Platform, string Workspace, string Conversation, string? Recipient, string? Reason, DateTimeOffset CreatedAt);
}
