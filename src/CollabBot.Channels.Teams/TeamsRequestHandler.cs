using System.Text.Json;
using CollabBot.Channels.Teams.Activities;
using CollabBot.Channels.Teams.Authentication;
using CollabBot.Channels.Teams.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c> in the Bot Framework's terms (PROTOCOLS.md §1.1): 405 for other methods, 400 for
/// a body that is not an Activity, 401 for any authentication failure (before anything is stored), then 200
/// or the invoke response.
/// </summary>
public sealed partial class TeamsRequestHandler(
    TeamsModeSetting mode, BotFrameworkAuthenticator authenticator, IOptions<TeamsOptions> options, ILogger<TeamsRequestHandler> logger)
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

        var activity = await ReadActivityAsync(context);
        if (activity is null)
        {
            return;
        }

        if (mode.Mode == TeamsMode.Authenticated)
        {
            var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, context.RequestAborted);
            if (!authentication.Succeeded)
            {
                LogRejected(authentication.FailureReason);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
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

    [LoggerMessage(LogLevel.Warning, "Teams request refused with 401: {Reason}")]
    private partial void LogRejected(string? reason);
}
