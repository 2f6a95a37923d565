using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.Commands;

/// <summary>
/// A slash command's <c>response_url</c>, carried by the command's turn and its replies as their origin
/// (<see cref="TurnOrigin.ResponseUrl"/>): Slack accepts up to 5 replies there within 30 minutes, even where the bot is
/// not a member (PROTOCOLS.md §2.4, checklist 42). The sender falls back to it when chat.postMessage /
/// chat.postEphemeral cannot reach the channel; the uses of each URL are counted in the channel state, on every host.
/// </summary>
public sealed class ResponseUrls(IChannelStateStore state, TimeProvider clock, IOptionsMonitor<SlackOptions> options)
{
    public const int MaxUses = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The origin the command's turn carries, or null when it has no response URL we trust.</summary>
    public TurnOrigin.ResponseUrl? OriginOf(SlashCommand command) =>
        command.ResponseUrl is { } url && IsTrusted(url) && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? new TurnOrigin.ResponseUrl(uri, clock.GetUtcNow() + Lifetime, command.UserId)
            : null;

    /// <summary>
    /// Takes one use of the reply's response URL, if the reply carries one that is fresh and has uses left; a reply only
    /// one person sees goes there only when that person ran the command.
    /// </summary>
    public async Task<Uri?> TakeAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Origin is not TurnOrigin.ResponseUrl origin || entry.Visibility == Visibility.Direct || clock.GetUtcNow() > origin.ExpiresAt
            || (entry.Visibility == Visibility.OnlyUser && entry.RecipientUserId != origin.UserId) || !IsTrusted(origin.Url.ToString()))
        {
            return null;
        }

        var key = SlackStateKeys.ResponseUrlUses(entry.To.WorkspaceId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin.Url.ToString()))));
        var uses = await state.GetAsync(Platform.Slack, key, cancellationToken) is { } counted ? int.Parse(counted, CultureInfo.InvariantCulture) : 0;
        if (uses >= MaxUses)
        {
            return null;
        }

        await state.SetAsync(Platform.Slack, key, (uses + 1).ToString(CultureInfo.InvariantCulture), cancellationToken);
        return origin.Url;
    }

    private bool IsTrusted(string url) => url.StartsWith(options.CurrentValue.ResponseUrlPrefix, StringComparison.Ordinal);
}
