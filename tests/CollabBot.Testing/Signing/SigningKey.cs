using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CollabBot.Testing.Signing;

/// <summary>An RSA key generated at test time, published in the fake JWKS with Bot Framework endorsements.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        Key = new RsaSecurityKey(_rsa) { KeyId = kid };
    }

    public string Kid { get; }
    public IReadOnlyList<string> Endorsements { get; }
    public RsaSecurityKey Key { get; }

    /// <summary>The public half as a JWK, the way login.botframework.com publishes it.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode)e).ToArray());
        }

        return jwk;
    }

    /// <summary>The public key's bytes, for the "HS256 signed with the public key" confusion attack.</summary>
    public byte[] PublicKeyBytes() => _rsa.ExportSubjectPublicKeyInfo();

    public void Dispose() => _rsa.Dispose();
}
