using System.Globalization;
using CollabBot.Conversations.Storage;
using CollabBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CollabBot.Host;

/// <summary>
/// GET /ops/outbox/parked: the messages that could never be delivered (blocked, archived, out of attempts) with the
/// reason, newest first, for operators; GET /ops/turns/parked: the turns that failed every attempt, beside them. Both
/// read-only and behind the same credential as /hangfire. No message content, no typed text.
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
            if (Refused(http, access) is { } refused)
            {
                return refused;
            }

            var parked = await outbox.ListParkedAsync(Max(http), cancellationToken);
            return Results.Ok(parked.Select(p => new ParkedMessage(
                p.Id, p.Entry.To.Platform.ToString(), p.Entry.To.WorkspaceId, p.Entry.To.ConversationId, p.Entry.RecipientUserId, p.LastError, p.CreatedAt)));
        }).ExcludeFromDescription();
        endpoints.MapGet("/ops/turns/parked", async (HttpContext http, ITurnInbox inbox, CancellationToken cancellationToken) =>
        {
            if (Refused(http, access) is { } refused)
            {
                return refused;
            }

            var parked = await inbox.ListParkedAsync(Max(http), cancellationToken);
            return Results.Ok(parked.Select(p => new ParkedTurnRow(
                p.Id, p.Platform.ToString(), p.Workspace, p.Conversation, p.User, p.Attempts, p.Reason, p.AcceptedAt, p.ParkedAt)));
        }).ExcludeFromDescription();
    }

    /// <summary>Unauthorized, or a 400 naming max when it is not a whole number from 1 to 1,000.</summary>
    private static IResult? Refused(HttpContext http, DashboardAccess access)
    {
        if (!access.Authorize(http))
        {
            return Results.Unauthorized();
        }

        return http.Request.Query["max"] is { Count: > 0 } given
            && (given.Count > 1 || !int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max is < 1 or > MaxListed)
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["max"] = [$"max is a whole number from 1 to {MaxListed}."] })
            : null;
    }

    private static int Max(HttpContext http) =>
        http.Request.Query["max"] is { Count: 1 } given && int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : 100;

    private sealed record ParkedMessage(
        long Id, string Platform, string Workspace, string Conversation, string? Recipient, string? Reason, DateTimeOffset CreatedAt);

    private sealed record ParkedTurnRow(
        long Id, string Platform, string Workspace, string Conversation, string User, int Attempts, string? Reason, DateTimeOffset AcceptedAt, DateTimeOffset? ParkedAt);
}
