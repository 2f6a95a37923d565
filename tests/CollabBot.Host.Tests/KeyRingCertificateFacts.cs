using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CollabBot.Host.KeyRing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>The key ring certificate as operators hand it over: a PEM pair or a PKCS#12 file, and the errors that name the setting.</summary>
public sealed class KeyRingCertificateFacts : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("collabbot-keyring-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData(null)]
    [InlineData("pem-password-made-at-test-time")]
    public void A_PEM_certificate_and_key_encrypt_the_keys_and_a_second_host_with_the_same_files_reads_them(string? password)
    {
        var (certificate, key) = WritePem(password);
        var keys = Path.Combine(_folder.FullName, "keys");

        string protectedText;
        using (var first = Host(keys, KeyRingCertificates.Load("DataProtection:CertificatePath", certificate, key, password)))
        {
            protectedText = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a workspace token");
        }

        var stored = string.Concat(Directory.GetFiles(keys).Select(File.ReadAllText));
        Assert.Contains("encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal);
        using var second = Host(keys, KeyRingCertificates.Load("DataProtection:CertificatePath", certificate, key, password));
        Assert.Equal("a workspace token", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Fact]
    public void A_wrong_password_stops_start_up_naming_the_setting_but_not_the_password()
    {
        using var made = Make();
        var path = Path.Combine(_folder.FullName, "keyring.pfx");
        File.WriteAllBytes(path, made.Export(X509ContentType.Pkcs12, "the-right-one"));

        var failure = Assert.Throws<InvalidOperationException>(() => KeyRingCertificates.Load("DataProtection:CertificatePath", path, null, "a-wrong-one"));

        Assert.Contains("DataProtection:CertificatePath", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-one", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_its_private_key_stops_start_up_naming_the_setting()
    {
        using var made = Make();
        var path = Path.Combine(_folder.FullName, "public-only.crt");
        File.WriteAllText(path, made.ExportCertificatePem());

        var failure = Assert.Throws<InvalidOperationException>(() => KeyRingCertificates.Load("DataProtection:CertificatePath", path, null, null));

        Assert.Contains("DataProtection:CertificatePath", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Host(string keys, X509Certificate2 certificate)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("CollabBot").PersistKeysToFileSystem(new DirectoryInfo(keys))
            .ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services.BuildServiceProvider();
    }

    private (string Certificate, string Key) WritePem(string? password)
    {
        using var made = Make();
        using var rsa = made.GetRSAPrivateKey()!;
        var certificate = Path.Combine(_folder.FullName, "keyring.crt");
        var key = Path.Combine(_folder.FullName, "keyring.key");
        File.WriteAllText(certificate, made.ExportCertificatePem());
        File.WriteAllText(key, password is null ? rsa.ExportPkcs8PrivateKeyPem() : rsa.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000)));
        return (certificate, key);
    }

    private static X509Certificate2 Make()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CollabBot key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
