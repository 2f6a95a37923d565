using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Channels.Slack.OAuth;

/// <summary>
/// The OAuth <c>state</c> (checklist 44): a random nonce and an expiry, protected with Data Protection
/// so it cannot be forged, and bound to the browser that started the install by a cookie holding the nonce.
/// </summary>
public sealed class OAuthState(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "collabbot_slack_oauth";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly IDataProtector _protector = protection.CreateProtector("CollabBot.Channels.Slack.OAuthState.v1");

    public (string State, string Nonce) Issue()
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return (_protector.Protect($"{nonce}|{expires.ToString(CultureInfo.InvariantCulture)}"), nonce);
    }

    /// <summary>True when the state is ours, unexpired and was issued to the browser holding <paramref name="cookieNonce"/>.</summary>
    public bool IsValid(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookieNonce))
        {
            return false;
        }

        string plain;
        try
        {
            plain = _protector.Unprotect(state);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var parts = plain.Split('|');
        return parts.Length == 2
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() <= expires
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[0]), Encoding.UTF8.GetBytes(cookieNonce));
    }
}
