using System.Security.Cryptography;
using System.Text;
using CollabBot.Conversations.Hosting;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Scheduling;

/// <summary>
/// Who may open /hangfire: in Development, anyone on this machine (loopback, and not forwarded by a tunnel or proxy:
/// see <see cref="LocalRequests"/>); otherwise only with the operator credential (Scheduling:DashboardUser /
/// Scheduling:DashboardPassword, HTTP Basic). With no credential it stays closed.
/// </summary>
public sealed class DashboardAccess(bool isDevelopment, string? user, string? password) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => Authorize(context.GetHttpContext());

    /// <summary>The same rule for the host's other operator pages (parked outbox messages).</summary>
    public bool Authorize(HttpContext http)
    {
        if (isDevelopment && LocalRequests.IsDirectFromThisMachine(http))
        {
            return true;
        }

        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
        {
            return false;
        }

        if (HasCredential(http.Request.Headers.Authorization.ToString()))
        {
            return true;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"CollabBot jobs\"";
        return false;
    }

    private bool HasCredential(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes($"{user}:{password}");
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded), expected);
    }
}
