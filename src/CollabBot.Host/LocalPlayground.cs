using CollabBot.Conversations.Hosting;

namespace CollabBot.Host;

/// <summary>
/// The Playground is on in Development without anyone asking: then it answers only requests made on this machine,
/// never ones that came through a tunnel or proxy. An operator who sets <c>Playground:Enabled</c> decides who reaches it.
/// </summary>
internal static class LocalPlayground
{
    public static void UseLocalOnlyPlayground(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration["Playground:Enabled"]))
        {
            return;
        }

        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            if ((path.StartsWithSegments("/playground") || path.StartsWithSegments("/api/playground")) && !LocalRequests.IsDirectFromThisMachine(http))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsync(
                    "The Playground answers only requests made on this machine, not through a tunnel or proxy. "
                    + "Set Playground:Enabled=true to open it to whoever can reach this host.", http.RequestAborted);
                return;
            }

            await next(http);
        });
    }
}
