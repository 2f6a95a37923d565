using System.Text.Json;
using CollabBot.Channels.Slack.Events;
using CollabBot.Channels.Slack.Installations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// POST /api/slack/events (PROTOCOLS.md §2.2-2.3): url_verification is echoed, uninstalls clean up,
/// everything the conversation layer hears is stored in the inbox before the 200 goes out.
/// Slack's retries (X-Slack-Retry-Num) carry the same event_id, which is the inbox's dedup key.
/// </summary>
public sealed partial class SlackEventsEndpoint(
    SlackRequestGate gate, SlackTurnAcceptor acceptor, SlackInstallationStore installations, UnreachableTargets unreachable,
    SlackAppHome home, ILogger<SlackEventsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var request = await gate.ReadAsync(http.Request, http.RequestAborted);
        if (!request.IsVerified)
        {
            return request.Failure;
        }

        EventCallback? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(request.Body, SlackJsonContext.Default.EventCallback);
        }
        catch (JsonException)
        {
            return Malformed(http);
        }

        if (envelope is null)
        {
            return Malformed(http);
        }

        if (envelope.Type == EventCallback.UrlVerificationType)
        {
            return Results.Json(new Dictionary<string, string?> { ["challenge"] = envelope.Challenge }, SlackJsonContext.Default.DictionaryStringString);
        }

        var authorization = envelope.Authorizations?.FirstOrDefault();
        // An org-wide install may name no workspace; its enterprise then stands for it.
        var team = authorization?.TeamId ?? envelope.TeamId ?? authorization?.EnterpriseId ?? envelope.EnterpriseId;
        if (envelope.Type != EventCallback.EventCallbackType || envelope.Event is not { } e || team is null)
        {
            return Results.Ok();
        }

        if (http.Request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry))
        {
            LogRetry(envelope.EventId, retry.ToString(), http.Request.Headers["X-Slack-Retry-Reason"].ToString());
        }

        var botUser = envelope.Authorizations?.FirstOrDefault(a => a.IsBot)?.UserId;
        switch (e.Type)
        {
            case "app_uninstalled":
            case "tokens_revoked" when e.Tokens?.Bot is { Count: > 0 }:
                var enterprise = authorization is { IsEnterpriseInstall: true } ? authorization.EnterpriseId ?? envelope.EnterpriseId : null;
                var removed = await installations.RemoveTeamAsync(team, enterprise, http.RequestAborted);
                LogUninstalled(team, e.Type, removed);
                return Results.Ok();
            case "app_home_opened" when e.User is not null && e.Tab is "home":
                home.Publish(team, envelope.EnterpriseId, e.User);
                return Results.Ok();
            case "member_joined_channel" when e.User == botUser && e.Channel is not null:
                // The bot was invited (back): the channel is reachable again.
                await unreachable.ClearAsync(team, e.Channel, http.RequestAborted);
                return Results.Ok();
        }

        if (SlackTurns.FromEvent(envelope, team, botUser) is { } turn)
        {
            await acceptor.AcceptAsync(http, turn);
        }

        return Results.Ok();
    }

    /// <summary>A verified body we cannot read will not improve on redelivery: ask Slack not to retry it (§2.3).</summary>
    private static IResult Malformed(HttpContext http)
    {
        http.Response.Headers["X-Slack-No-Retry"] = "1";
        return Results.BadRequest();
    }

    [LoggerMessage(LogLevel.Information, "Slack redelivered event {EventId} (retry {RetryNum}, {Reason})")]
    private partial void LogRetry(string? eventId, string retryNum, string reason);

    [LoggerMessage(LogLevel.Information, "Slack workspace {TeamId} {EventType}: removed {Count} stored entries")]
    private partial void LogUninstalled(string teamId, string eventType, int count);
}
