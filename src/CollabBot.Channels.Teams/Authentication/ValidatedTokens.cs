using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// Tokens whose signature, issuer, audience and lifetime already checked out, by their exact text, until they expire.
/// The Connector sends one token on many requests, and the RSA signature check is the expensive part; what depends
/// on the activity (endorsements, serviceurl) is still checked on every request. At most <see cref="Limit"/> are kept.
/// </summary>
internal sealed class ValidatedTokens : IDisposable
{
    private const int Limit = 10_000;
    private readonly MemoryCache _tokens = new(new MemoryCacheOptions { SizeLimit = Limit });

    /// <summary>A token validated before and still usable at <paramref name="now"/> (the authenticator's clock).</summary>
    public ValidatedToken? Find(string token, DateTimeOffset now)
    {
        if (!_tokens.TryGetValue(token, out ValidatedToken? known))
        {
            return null;
        }

        if (known!.UsableUntil < now)
        {
            _tokens.Remove(token);
            return null;
        }

        return known;
    }

    public void Add(string token, ValidatedToken validated, DateTimeOffset now) =>
        _tokens.Set(token, validated, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Max(validated.UsableUntil - now, TimeSpan.FromSeconds(1)) });

    public void Dispose() => _tokens.Dispose();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>What a valid token says that each activity is checked against, and the last moment it is accepted.</summary>
internal sealed record ValidatedToken(ClaimsIdentity Identity, string Kid, string? ServiceUrl, DateTimeOffset UsableUntil);
