using System.Collections.Concurrent;
using System.Security.Claims;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// Tokens whose signature, issuer, audience and lifetime already checked out, by their exact text, until they expire.
/// The Connector sends one token on many requests, and the RSA signature check is the expensive part; what depends
/// on the activity (endorsements, serviceurl) is still checked on every request.
/// </summary>
internal sealed class ValidatedTokens
{
    private const int Limit = 10_000;
    private readonly ConcurrentDictionary<string, ValidatedToken> _tokens = new(StringComparer.Ordinal);

    public ValidatedToken? Find(string token, DateTimeOffset now)
    {
        if (!_tokens.TryGetValue(token, out var known))
        {
            return null;
        }

        if (known.UsableUntil < now)
        {
            _tokens.TryRemove(token, out _);
            return null;
        }

        return known;
    }

    public void Add(string token, ValidatedToken validated, DateTimeOffset now)
    {
        if (_tokens.Count >= Limit)
        {
            foreach (var expired in _tokens.Where(t => t.Value.UsableUntil < now))
            {
                _tokens.TryRemove(expired.Key, out _);
            }

            if (_tokens.Count >= Limit)
            {
                _tokens.Clear();
            }
        }

        _tokens[token] = validated;
    }
}

/// <summary>What a valid token says that each activity is checked against, and the last moment it is accepted.</summary>
internal sealed record ValidatedToken(ClaimsIdentity Identity, string Kid, string? ServiceUrl, DateTimeOffset UsableUntil);
