using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Teams;

public static class TeamsEndpoints
{
    public const string MessagesPath = "/api/messages";

    /// <summary>Maps the Bot Framework messaging endpoint, every method (non-POST answers 405).</summary>
    public static IEndpointConventionBuilder MapTeams(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(MessagesPath, (HttpContext context) => context.RequestServices.GetRequiredService<TeamsRequestHandler>().HandleAsync(context))
            .WithName("TeamsMessages")
            .ExcludeFromDescription();
}
