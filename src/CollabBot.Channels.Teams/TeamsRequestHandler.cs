using System.Security.Claims;
using System.Text.Json;
using CollabBot.Channels.Teams.Activities;
using CollabBot.Channels.Teams.Authentication;
using CollabBot.Channels.Teams.Connector;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c> in the Bot Framework's terms (PROTOCOLS.md §1.1): 405 for other methods, 400 for
/// a body that is not an Activity, 401 for any authentication failure (in anonymous mode: any request not made on this
/// machine), 403 for an activity naming a service URL the bot does not call or a tenant it does not serve (all before
/// anything is stored), then 200 or the invoke response.
/// </summary>
public sealed partial class TeamsRequestHandler(
    TeamsModeSetting mode, BotFrameworkAuthenticator authenticator, ServiceUrls serviceUrls, TenantAccess tenants,
    IOptions<TeamsOptions> options, ILogger<TeamsRequestHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (mode.Mode == TeamsMode.Off)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // Anonymous mode is for Microsoft's Agents Playground on this machine, never for a request through a tunnel.
        if (mode.Mode == TeamsMode.Anonymous && !LocalRequests.IsDirectFromThisMachine(context))
        {
            LogRejected("anonymous mode (no MicrosoftAppId) answers only requests made on this machine, not through a proxy or tunnel");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var activity = await ReadActivityAsync(context);
        if (activity is null)
        {
            return;
        }

        ClaimsIdentity? identity = null;
        if (mode.Mode == TeamsMode.Authenticated)
        {
            var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, context.RequestAborted);
            if (!authentication.Succeeded)
            {
                LogRejected(authentication.FailureReason);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            identity = authentication.Identity;
        }

        if (Refusal(activity, identity) is { } refusal)
        {
            LogRefused(refusal);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var handler = context.RequestServices.GetRequiredService<TeamsActivityHandler>();
        var invokeResponse = await handler.HandleAsync(activity, context.RequestAborted);
        if (invokeResponse is null)
        {
            context.Response.StatusCode = activity.Type == ActivityTypes.Invoke ? StatusCodes.Status501NotImplemented : StatusCodes.Status200OK;
            return;
        }

        context.Response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is { } body)
        {
            await context.Response.WriteAsJsonAsync(body, TeamsJsonContext.Default.AdaptiveCardInvokeResponse, cancellationToken: context.RequestAborted);
        }
    }

    private async Task<Activity?> ReadActivityAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.Value.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        // Also bounds bodies sent without a Content-Length (chunked).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(context.Request.Body, TeamsJsonContext.Default.Activity, context.RequestAborted);
        }
        catch (JsonException)
        {
            activity = null;
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        return activity;
    }

    /// <summary>What would make the bot act for someone it must not: a service URL it does not call, a tenant it does not serve.</summary>
    private string? Refusal(Activity activity, ClaimsIdentity? identity) =>
        !string.IsNullOrEmpty(activity.ServiceUrl) && !serviceUrls.IsAllowed(activity.ServiceUrl)
            ? $"service URL {ServiceUrls.Origin(activity.ServiceUrl)} is not one the bot calls (Teams' own hosts and Teams:AllowedServiceUrls)"
            : tenants.Refusal(activity, identity);

    [LoggerMessage(LogLevel.Warning, "Teams request refused with 401: {Reason}")]
    private partial void LogRejected(string? reason);

    [LoggerMessage(LogLevel.Warning, "Teams activity refused with 403: {Reason}")]
    private partial void LogRefused(string reason);
}
