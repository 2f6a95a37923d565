using System.Security.Claims;
using CollabBot.Channels.Teams.Schema;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// Which Microsoft 365 tenants the bot serves: a Single Tenant bot only <c>MicrosoftAppTenantId</c>; a Multi Tenant bot
/// those in <c>Teams:AllowedTenants</c>, or any when that list is empty. An activity names its tenant in
/// <c>channelData.tenant.id</c> and <c>conversation.tenantId</c>; both must be served and agree. Bot Framework channel
/// tokens carry no tenant claim, but a token that does (<c>tid</c>) must name a served tenant too.
/// </summary>
public sealed class TenantAccess
{
    private readonly HashSet<string>? _served;

    public TenantAccess(IOptions<TeamsOptions> options)
    {
        var settings = options.Value;
        var listed = settings.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        _served = settings.HasAppId && settings.IsSingleTenant && settings.MicrosoftAppTenantId is { Length: > 0 } own
            ? new HashSet<string>([own.Trim()], StringComparer.OrdinalIgnoreCase)
            : listed.Count > 0 ? new HashSet<string>(listed, StringComparer.OrdinalIgnoreCase) : null;
    }

    /// <summary>False when the bot serves any tenant.</summary>
    public bool IsRestricted => _served is not null;

    public bool Serves(string? tenantId) => _served is null || (tenantId is { Length: > 0 } && _served.Contains(tenantId));

    /// <summary>Why the activity is not for this bot, or null when it is. Tenant ids are not secret; they are named for the log.</summary>
    public string? Refusal(Activity activity, ClaimsIdentity? identity)
    {
        if (_served is null)
        {
            return null;
        }

        var fromChannelData = activity.ChannelData?.Tenant?.Id;
        var fromConversation = activity.Conversation?.TenantId;
        if (string.IsNullOrEmpty(fromChannelData) && string.IsNullOrEmpty(fromConversation))
        {
            return "the activity names no tenant";
        }

        foreach (var named in new[] { fromChannelData, fromConversation, Claim(identity, "tid"), Claim(identity, "tenantId") })
        {
            if (named is { Length: > 0 } && !_served.Contains(named))
            {
                return $"tenant {named} is not served by this bot";
            }
        }

        return fromChannelData is { Length: > 0 } && fromConversation is { Length: > 0 } && !string.Equals(fromChannelData, fromConversation, StringComparison.OrdinalIgnoreCase)
            ? "channelData and conversation name different tenants"
            : null;
    }

    private static string? Claim(ClaimsIdentity? identity, string type) => identity?.FindFirst(type)?.Value;
}
