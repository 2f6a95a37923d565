using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Channels.Slack.OAuth;

/// <summary>
/// The OAuth <c>state</c> (checklist 44): a random nonce and an expiry, protected with Data Protection
/// so it cannot be forged, bound to the browser that started the install by a cookie holding the nonce, and
/// used once: the first callback claims the nonce in the shared store, so a replay (on any host) is refused.
/// </summary>
public sealed class OAuthState(IDataProtectionProvider protection, IChannelStateStore store, TimeProvider clock)
{
    public const string CookieName = "collabbot_slack_oauth";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const string UsedPrefix = "oauth/state/";
    private readonly IDataProtector _protector = protection.CreateProtector("CollabBot.Channels.Slack.OAuthState.v1");

    public (string State, string Nonce) Issue()
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return (_protector.Protect($"{nonce}|{expires.ToString(CultureInfo.InvariantCulture)}"), nonce);
    }

    /// <summary>
    /// Checks that the state is ours, unexpired and was issued to the browser holding <paramref name="cookieNonce"/>,
    /// and claims it: <see cref="StateUse.Valid"/> once,
    /// <see cref="StateUse.AlreadyUsed"/> for every later callback with it. Claims older than a state's lifetime are swept.
    /// </summary>
    public async Task<StateUse> UseAsync(string? state, string? cookieNonce, CancellationToken cancellationToken)
    {
        if (NonceOf(state, cookieNonce) is not { } nonce)
        {
            return StateUse.Invalid;
        }

        var now = clock.GetUtcNow();
        await store.DeleteWrittenBeforeAsync(Platform.Slack, UsedPrefix, now - Lifetime - TimeSpan.FromMinutes(1), cancellationToken);
        return await store.TryAddAsync(Platform.Slack, UsedPrefix + nonce, now.ToString("O", CultureInfo.InvariantCulture), cancellationToken)
            ? StateUse.Valid
            : StateUse.AlreadyUsed;
    }

    private string? NonceOf(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookieNonce))
        {
            return null;
        }

        string plain;
        try
        {
            plain = _protector.Unprotect(state);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = plain.Split('|');
        return parts.Length == 2
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() <= expires
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[0]), Encoding.UTF8.GetBytes(cookieNonce))
            ? parts[0]
            : null;
    }
}
