using CollabBot.Channels.Slack.Inbound;
using CollabBot.Channels.Slack.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;

namespace CollabBot.Channels.Slack;

public static class SlackEndpoints
{
    /// <summary>
    /// The Slack endpoints under /api/slack. They answer 404 while no signing secret is configured.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        var slack = endpoints.MapGroup("/api/slack").ExcludeFromDescription();
        slack.MapPost("/events", ([FromServices] SlackEventsEndpoint e, HttpContext http) => e.HandleAsync(http));
        slack.MapPost("/commands", ([FromServices] SlackCommandsEndpoint e, HttpContext http) => e.HandleAsync(http));
        slack.MapPost("/interactions", ([FromServices] SlackInteractionsEndpoint e, HttpContext http) => e.HandleAsync(http));
        slack.MapGet("/install", ([FromServices] SlackOAuthEndpoints e, HttpContext http) => e.Install(http));
        slack.MapGet("/oauth/callback", ([FromServices] SlackOAuthEndpoints e, HttpContext http) => e.CallbackAsync(http));
        return endpoints;
    }
}
