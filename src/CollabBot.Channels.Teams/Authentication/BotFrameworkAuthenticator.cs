using System.Security.Claims;
using CollabBot.Channels.Teams.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// Validates the <c>Authorization: Bearer</c> JWT the Bot Connector puts on every request, with the rules
/// botbuilder applies to channel tokens (PROTOCOLS.md §1.2, §4 items 2-11): issuer, audience = app id,
/// RS256/384/512 signature by a key from the metadata's JWKS, 5 minutes of clock skew, the key's
/// endorsements naming the activity's channel and the <c>serviceurl</c> claim naming its service URL.
/// </summary>
public sealed class BotFrameworkAuthenticator(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, TimeProvider clock)
{
    public const string MetadataClientName = "CollabBot.Teams.OpenIdMetadata";

    /// <summary>botbuilder's AllowedSigningAlgorithms.</summary>
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };
    private readonly ValidatedTokens _validated = new();

    private Task<OpenIdConnectConfiguration> MetadataAsync(CancellationToken cancellationToken) =>
        OpenIdMetadataCache.GetAsync(options.Value.ToBotFromChannelOpenIdMetadataUrl, MetadataClient, cancellationToken);

    private Task<OpenIdConnectConfiguration> RefreshedMetadataAsync(CancellationToken cancellationToken) =>
        OpenIdMetadataCache.RefreshAsync(options.Value.ToBotFromChannelOpenIdMetadataUrl, MetadataClient, cancellationToken);

    private HttpClient MetadataClient() => httpClients.CreateClient(MetadataClientName);

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return AuthenticationResult.Fail("no Authorization header");
        }

        // Exactly "Bearer <token>" (botbuilder JwtTokenExtractor compares the scheme exactly).
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            return AuthenticationResult.Fail("not a Bearer token");
        }

        var raw = parts[1];
        var now = clock.GetUtcNow();
        if (_validated.Find(raw, now) is { } known)
        {
            return await CheckActivityAsync(known, activity, cancellationToken);
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Fail("malformed token");
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail("signing algorithm not allowed");
        }

        // Issuer pre-check before any key work (botbuilder HasAllowedIssuer).
        if (!string.Equals(token.Issuer, options.Value.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("issuer not trusted");
        }

        var (validated, failure) = await ValidateAsync(token, cancellationToken);
        if (validated is null)
        {
            return AuthenticationResult.Fail(failure!);
        }

        _validated.Add(raw, validated, now);
        return await CheckActivityAsync(validated, activity, cancellationToken);
    }

    /// <summary>Signature, issuer, audience and lifetime: what holds for the token whatever activity it comes with.</summary>
    private async Task<(ValidatedToken? Token, string? Failure)> ValidateAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await MetadataAsync(cancellationToken);
            if (FindKey(configuration, token.Kid) is null)
            {
                // A key we have not seen: the JWKS may have rotated (re-read at most once per 5 minutes).
                configuration = await RefreshedMetadataAsync(cancellationToken);
            }
        }
        catch (InvalidOperationException)
        {
            return (null, "OpenID metadata unavailable");
        }

        var result = await Handler.ValidateTokenAsync(token, Parameters(configuration));
        if (!result.IsValid)
        {
            return (null, result.Exception?.GetType().Name ?? "invalid token");
        }

        var serviceUrl = token.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        var identity = result.ClaimsIdentity ?? new ClaimsIdentity(token.Claims, "Bearer");
        return (new ValidatedToken(identity, token.Kid, serviceUrl, new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + ClockSkew), null);
    }

    /// <summary>
    /// What depends on the activity, on every request: the signing key is still published and endorsed for the
    /// activity's channel, and the <c>serviceurl</c> claim names the activity's service URL.
    /// </summary>
    private async Task<AuthenticationResult> CheckActivityAsync(ValidatedToken token, Activity activity, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await MetadataAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return AuthenticationResult.Fail("OpenID metadata unavailable");
        }

        var key = FindKey(configuration, token.Kid);
        if (key is null)
        {
            return AuthenticationResult.Fail("signing key no longer published");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId))
        {
            var endorsements = KeyEndorsements.Of(key);
            if (endorsements is null || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
            {
                return AuthenticationResult.Fail("signing key not endorsed for the channel");
            }
        }

        if (string.IsNullOrEmpty(token.ServiceUrl) || !string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");
        }

        return new AuthenticationResult(token.Identity, null);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = options.Value.ToBotFromChannelTokenIssuer,
        ValidateIssuer = true,
        ValidAudience = options.Value.MicrosoftAppId,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
        LifetimeValidator = IsWithinLifetime,
    };

    /// <summary>Lifetime against the injected clock: exp and nbf with 5 minutes of skew (botbuilder ChannelValidation).</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp.ToUniversalTime() >= now - ClockSkew
            && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + ClockSkew);
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string? kid) =>
        kid is null ? null : configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
}
