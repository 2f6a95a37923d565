using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CollabBot.Testing;

/// <summary>
/// A certificate made for one test run, written as a password-protected PKCS#12 file in the temporary folder, to protect
/// the host's Data Protection key ring as an operator's would. Never a real secret; deleted when disposed.
/// </summary>
public sealed class TestKeyRingCertificate : IDisposable
{
    private TestKeyRingCertificate(string path, string password, X509Certificate2 certificate)
    {
        Path = path;
        Password = password;
        Certificate = certificate;
    }

    public string Path { get; }

    public string Password { get; }

    /// <summary>The certificate with its private key, loaded from the file.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The host settings that point at it.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
    [
        new("DataProtection:CertificatePath", Path),
        new("DataProtection:CertificatePassword", Password),
    ];

    public static TestKeyRingCertificate Create(string name = "CollabBot key ring (test)")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"collabbot-keyring-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, made.Export(X509ContentType.Pkcs12, password));
        return new TestKeyRingCertificate(path, password, X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet));
    }

    public void Dispose()
    {
        Certificate.Dispose();
        File.Delete(Path);
    }
}
