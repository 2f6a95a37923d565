using System.Net;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Conversations.Hosting;

/// <summary>
/// Which requests come straight from this machine. A tunnel (ngrok, cloudflared, Dev Tunnels, Tailscale Funnel) or a
/// reverse proxy on the same machine delivers every outside request from loopback too, but adds forwarding headers:
/// a loopback request carrying any of them is treated as coming from outside.
/// </summary>
public static class LocalRequests
{
    /// <summary>Headers proxies and tunnels add to say who the request came from or where it was addressed.</summary>
    public static IReadOnlyList<string> ForwardingHeaders { get; } =
    [
        "Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix",
        "X-Forwarded-Server", "X-Forwarded-Ssl", "X-Real-IP", "X-Original-For", "X-Original-Host", "X-Original-Proto",
        "X-Client-IP", "True-Client-IP", "CF-Connecting-IP", "CF-Ray", "CF-Visitor", "CDN-Loop", "Fly-Client-IP",
        "X-Azure-ClientIP", "X-Azure-SocketIP", "X-ARR-SSL", "Tailscale-Funnel-Request", "Via",
    ];

    /// <summary>True when the connection is from loopback and nothing says it was forwarded from elsewhere.</summary>
    public static bool IsDirectFromThisMachine(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }

        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(ip) && !IsForwarded(http.Request);
    }

    public static bool IsForwarded(HttpRequest request)
    {
        foreach (var header in ForwardingHeaders)
        {
            if (request.Headers.ContainsKey(header))
            {
                return true;
            }
        }

        return false;
    }
}
