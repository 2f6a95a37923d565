using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CollabBot.Testing.Signing;

/// <summary>Issues channel tokens like the Bot Connector's, signed by a local key, and the broken variants.</summary>
public static class ChannelTokens
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly JsonWebTokenHandler Handler = new();

    public static string Create(
        SigningKey key, string audience, string serviceUrl, DateTimeOffset now,
        string issuer = Issuer, TimeSpan? lifetime = null, DateTimeOffset? notBefore = null, string algorithm = SecurityAlgorithms.RsaSha256,
        bool includeServiceUrl = true, IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (includeServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var nbf = notBefore ?? now.AddMinutes(-1);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = nbf.UtcDateTime,
            NotBefore = nbf.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, algorithm),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string Unsigned(string audience, string serviceUrl, DateTimeOffset now)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = Payload(audience, serviceUrl, now);
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>HS256 "signed" with the RSA public key bytes, kid of the real key: the classic algorithm confusion.</summary>
    public static string HmacWithPublicKey(SigningKey key, string audience, string serviceUrl, DateTimeOffset now) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = now.AddHours(1).UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key.PublicKeyBytes()) { KeyId = key.Kid }, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>Flips one character in the signature part.</summary>
    public static string Tamper(string token)
    {
        var dot = token.LastIndexOf('.');
        var signature = token[(dot + 1)..].ToCharArray();
        signature[5] = signature[5] == 'A' ? 'B' : 'A';
        return token[..(dot + 1)] + new string(signature);
    }

    private static JsonObject Payload(string audience, string serviceUrl, DateTimeOffset now) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
        ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
    };

    private static string Encode(JsonNode node) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
